// How the renderer reaches the browser mode's endpoint (shared by the server and the renderer).
export const API_PREFIX = '/__api/';
export const TOKEN_HEADER = 'x-ppi-token';
export const TOKEN_PARAM = 'token';
