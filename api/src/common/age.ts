/** Completed years of age on `day` for a `YYYY-MM-DD` birth date (the form people state their age in). */
export function ageOn(birthDate: string, day: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const years = day.getFullYear() - y;
  const hadBirthday = day.getMonth() + 1 > m || (day.getMonth() + 1 === m && day.getDate() >= d);
  return hadBirthday ? years : years - 1;
}
