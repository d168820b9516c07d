/**
 * The console's client for the Step Functions API: the same AWS JSON 1.0 protocol the AWS
 * SDKs speak (POST / with X-Amz-Target), so the console exercises exactly what users call.
 */
export class ApiError extends Error {
  constructor(readonly type: string, message: string, readonly status: number) {
    super(message);
    this.name = type;
  }
}

/** Calls one action; resolves with the response body or rejects with AWS's error. */
export async function call<T = Record<string, unknown>>(action: string, body: object = {}): Promise<T> {
  const res = await fetch('./', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': `AWSStepFunctions.${action}` },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const json = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
  if (!res.ok) {
    const type = String(json.__type ?? 'Error').replace(/^.*#/, '');
    throw new ApiError(type, String(json.message ?? json.Message ?? res.statusText), res.status);
  }
  return json as T;
}

/** Every page of a paginated list action, concatenated (for small lists: versions, aliases). */
export async function callAll<T>(action: string, body: object, key: string): Promise<T[]> {
  const items: T[] = [];
  let nextToken: string | undefined;
  do {
    const page = await call<Record<string, unknown>>(action, { ...body, ...(nextToken ? { nextToken } : {}) });
    items.push(...((page[key] as T[] | undefined) ?? []));
    nextToken = page.nextToken as string | undefined;
  } while (nextToken);
  return items;
}
