// The API token of a server bound beyond loopback (DIPLOGRAPH_TOKEN): asked once, when the API first
// answers 401, and kept in sessionStorage for this tab only; every request then sends it.
const KEY = "diplograph-token";

export const currentToken = (): string => sessionStorage.getItem(KEY) ?? "";

export const authorization = (token: string): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {};

/**
 * A token to retry with after a 401 to a request sent with `sent`: the one another request already
 * got, or the user's answer; undefined when the user declines.
 */
export function tokenAfterRefusal(sent: string): string | undefined {
  if (currentToken() !== sent) return currentToken();
  const answer = window.prompt("This diplograph server needs its access token (DIPLOGRAPH_TOKEN):")?.trim();
  if (!answer) return undefined;
  sessionStorage.setItem(KEY, answer);
  return answer;
}
