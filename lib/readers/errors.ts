/** Bad reader input or a page that is not there: the reader routes answer it as a 4xx with this message. */
export class ReaderDataError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 413,
  ) {
    super(message)
    this.name = 'ReaderDataError'
  }
}
