/** Importers: turn files users already have into a Design. */
export * from './resource-ts';
