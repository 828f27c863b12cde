import type { en } from './en';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** A locale's catalog: the English catalog's keys, each with a message of that locale. */
export type Catalog = Shape<typeof en>;
