import type { signupNl } from './signup.nl.js';

export const signupEn: typeof signupNl = {
  // the form on the phone
  intro:
    'A working group carries on with a theme after tonight. You can also sign up for more than one working group.',
  werkgroep: 'Which working group?',
  pickWerkgroep: 'Choose a working group',
  chooseWerkgroep: 'Please choose a working group first.',
  yourTable: (title) => `Your table talked about: ${title}`,
  name: 'Your name',
  contactLegend: 'How can we reach you?',
  contactHint: 'Fill in at least one of the two.',
  email: 'Email address',
  phone: 'Phone number',
  consentLegend: 'What do you agree to?',
  consentHint:
    'Nothing is ticked yet. Only tick what you agree to. The first box is needed: otherwise the working group cannot reach you.',
  consent: {
    contact: 'I want the working group to contact me',
    shareName: 'My name may be shared with the other members of the working group',
    news: 'I want to receive news about the neighbourhood',
  },
  required: 'needed',
  retention: (months) => `We keep your details for ${months} months. Then they are deleted.`,
  retentionLater:
    'We keep your details no longer than needed. After signing up you will see until when.',
  privacyTitle: 'Who sees your details?',
  privacyWho: [
    'The facilitator of the meeting sees your name, e-mail and phone.',
    'If a working group on this theme starts, the core group sees your name, e-mail and phone too. The core group is a few residents who help the working groups start. They will contact you.',
    'The other members of the working group see only your name, and only if you tick that above.',
    'Nobody else sees your e-mail or phone. Your answers from tonight stay anonymous.',
  ],
  submit: 'Sign up',
  sending: 'Signing you up…',
  nameEmpty: 'Please fill in your name.',
  emailInvalid: 'This email address is not right. Please check it, for example name@example.com.',
  fixFields: 'Not sent yet. Please look at the red messages above.',

  // after sending
  done: (title) => `You have signed up for the working group ${title}`,
  keepLink: 'Keep this link: with it you can see or withdraw your sign-up.',
  keptUntil: (date) => `We keep your details until ${date}. Then they are deleted.`,
  share: 'Send to yourself',
  shareText: (title: string) => `My sign-up for working group ${title}`,
  showQr: 'Show as QR code',
  hideQr: 'Hide QR code',
  qrHint: 'Scan this code with another phone or tablet to have the link there too.',
  qrAlt: 'QR code with your personal link',
  againTitle: 'Your sign-up',
  againIntro:
    'Here is your personal link once more. Only on this phone: keep it safe, or send it to yourself.',
  another: 'Sign up for another working group',
  notNow: 'Not now',

  // the personal link's page
  pageTitle: 'Your sign-up',
  loading: 'Fetching your sign-up…',
  unknownLink:
    'We do not know this link (any more). Perhaps the sign-up was already withdrawn or deleted. Questions? Ask the organisers of the meeting.',
  werkgroepLabel: 'Working group',
  meetingLabel: 'Meeting',
  nameLabel: 'Name',
  emailLabel: 'Email',
  phoneLabel: 'Phone',
  consentsLabel: 'Your consent',
  yes: 'yes',
  no: 'no',
  empty: '—',
  keptUntilLabel: 'Kept until',
  withdraw: 'Withdraw sign-up',
  withdrawQuestion:
    'Are you sure? Your sign-up and your details will be deleted. This cannot be undone.',
  withdrawConfirm: 'Yes, withdraw',
  withdrawCancel: 'No, go back',
  withdrawn: 'Your sign-up has been withdrawn and your details have been deleted.',

  // the Regie
  tab: 'Sign-ups',
  title: 'Sign-ups for working groups',
  listIntro:
    'This is personal data. Only pass it on to the working group, and only as the person ticked.',
  listIntroCoreGroup:
    'You only see sign-ups for working groups that have started: that is what we promised the people who signed up. Start a working group to see who signed up for it.',
  none: 'No sign-ups yet.',
  total: (n) => (n === 1 ? '1 sign-up' : `${n} sign-ups`),
  downloadCsv: 'Download as CSV',
  downloading: 'Downloading…',
  downloaded: 'The file has been downloaded.',
  columns: {
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    consents: 'Consent',
    date: 'Signed up on',
    actions: 'Erase',
  },
  consentShort: {
    contact: 'Contact',
    shareName: 'Share name',
    news: 'Neighbourhood news',
  },
  noConsent: (label) => `no ${label.toLowerCase()}`,
  reissue: 'New link',
  reissueLabel: (name: string) => `New link for ${name}`,
  reissueQuestion: (name: string) =>
    `Make a new link for ${name}? The old link stops working at once.`,
  reissueConfirm: 'Yes, make a new link',
  reissueDone: (name: string) =>
    `The new link of ${name}. Give it only to ${name}: with it, ${name} opens the working group and the sign-up.`,
  reissueLinkLabel: (name: string) => `New link of ${name}`,
  erase: 'Erase',
  eraseLabel: (name) => `Erase the details of ${name}`,
  eraseQuestion: (name) => `Erase all details of ${name}? This cannot be undone.`,
  eraseConfirm: 'Yes, erase',
  eraseCancel: 'Cancel',
  erased: (name) => `The details of ${name} have been erased.`,
  otherTheme: 'A theme that no longer exists',
};
