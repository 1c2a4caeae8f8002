import 'server-only';
import type { InquiryRefusal } from '@/lib/integrations/biller-switch/types';
import { AppError } from '../errors';

/** The customer-facing error for each way a biller can refuse an inquiry. */
export function refusalError(reason: InquiryRefusal, billerName: string): AppError {
  switch (reason) {
    case 'UNKNOWN_CUSTOMER':
      return new AppError('VALIDATION', 'validationFailed', {
        fieldErrors: {
          customerNo: [{ key: 'errors.inquiryUnknownCustomer', params: { biller: billerName } }],
        },
      });
    case 'ALREADY_PAID':
      return new AppError('CONFLICT', 'inquiryAlreadyPaid');
    case 'NOT_AVAILABLE_YET':
      return new AppError('CONFLICT', 'inquiryNotAvailableYet');
    case 'CUT_OFF':
      return new AppError('CONFLICT', 'switchCutOff', { params: { biller: billerName } });
    case 'DUPLICATE_REFERENCE':
    case 'INVALID_REQUEST':
      return new AppError('UNAVAILABLE', 'inquiryRefused', {
        internal: `switch refused: ${reason}`,
      });
  }
}
