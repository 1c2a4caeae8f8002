import 'server-only';
import { AppError } from '../../errors';

/** Someone saved this record after the admin opened it: nothing is written, the admin is told. */
export function staleEdit(internal: string): AppError {
  return new AppError('CONFLICT', 'staleEdit', { internal });
}
