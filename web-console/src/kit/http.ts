// The part-B screens call the platform through the shell's request (src/api.ts): the session cookie goes along, a
// 401 sends the user to sign in, a refusal is an ApiError carrying the server's problem+json.
import { query, request } from '../api';

export { query };

export const getJson = <T>(path: string) => request<T>('GET', path);

export const sendJson = <T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => request<T>(method, path, body);
