import { useSearchParams } from 'react-router';
import { keptListParams } from './pagination';

type Options = readonly { value: string }[];

type FilterValues<F extends Record<string, Options>> = { [K in keyof F]: F[K][number]['value'] | undefined };

/**
 * A list's filters kept in the URL, one param each (the key of `filters`), read only when the value
 * is one of its options. Setting one keeps the others, the area and the page size, and goes back to
 * the first page; `undefined` clears it.
 */
export function useParamFilters<F extends Record<string, Options>>(filters: F): [FilterValues<F>, (param: keyof F & string, value: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(Object.entries(filters).map(([param, options]) => [param, options.find((o) => o.value === params.get(param))?.value])) as FilterValues<F>;

  const setFilter = (param: keyof F & string, value: string | undefined) =>
    setParams((prev) => {
      const out = keptListParams(prev);
      for (const key of Object.keys(filters)) {
        const next = key === param ? value : (values[key] as string | undefined);
        if (next) out.set(key, next);
      }
      return out;
    });

  return [values, setFilter];
}
