/** Thrown by `parseJson` for a success body that is not JSON; `toRunletError` turns it into a `ResponseValidationError`. */
export class BodyNotJsonError extends Error {
  override name = 'BodyNotJsonError';
  readonly snippet: string;
  readonly response: Response | undefined;
  constructor(snippet: string, response?: Response) {
    super('The response body is not JSON');
    this.snippet = snippet;
    this.response = response;
  }
}
