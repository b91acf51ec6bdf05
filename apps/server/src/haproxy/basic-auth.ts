/** An HTTP basic-auth login (HAProxy's stats page); sealed in the credentials store, never in a URL. */
export interface HttpLogin {
  username: string;
  password: string;
}

/** The Authorization header for a login. */
export const basicAuth = (login: HttpLogin): string =>
  `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`;
