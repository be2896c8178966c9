// The Dots v2 HTTP adapter (also `load('http')` of the script-tag entry).
export { HttpAdapter, EXTENSION_PREFIX, type HttpAdapterOptions } from './http-adapter.ts';
export { errorFromResponse, retryAfterMs, type FetchLike } from './transport.ts';
