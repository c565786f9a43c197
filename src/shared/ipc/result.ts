/** Error codes a handler may answer with. Messages are written for the person using the app. */
export type ErrorCode = 'invalid-request' | 'not-found' | 'import-failed' | 'export-failed' | 'settings-failed' | 'internal'

export interface IpcError {
  code: ErrorCode
  message: string
}

/** Every IPC answer: a value, or an error the renderer can show as it is. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }
