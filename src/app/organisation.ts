/** The organisation's name on exports and compiled documents (`ORGANISATION_NAME`; the demo's city otherwise). */
export function organisationName(): string {
  const name = process.env.ORGANISATION_NAME?.trim();
  return name ? name : 'Stockholms stad';
}
