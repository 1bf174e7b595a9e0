/** What every printable report opens with, under its title (see ReportPage.svelte). */
export interface ReportFacts {
  meetingName: string;
  date: string;
  place: string;
  attendeeCount: number;
}
