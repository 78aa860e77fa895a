import { LocalDateResolver } from 'graphql-scalars';

/** Calendar dates (birth, retirement, payment) travel as `YYYY-MM-DD` strings: no time zone can shift them. */
export const LocalDate = LocalDateResolver;
