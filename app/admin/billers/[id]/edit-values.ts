import type { UpdateBillerInput } from '@/lib/domain/biller-config';
import type { BillerAdmin } from '@/lib/server/admin/billers/biller-admin-dto';

/** The edit form's values for a stored biller, with the version they were read at. */
export function editValues(biller: BillerAdmin): UpdateBillerInput {
  return {
    billerId: biller.id,
    version: biller.version,
    category: biller.category,
    kind: biller.kind,
    nameId: biller.nameId,
    nameEn: biller.nameEn,
    inquiryProductCode: biller.inquiryProductCode ?? '',
    referenceRule: biller.referenceRule,
    adminFee: biller.adminFee,
    agentCommission: biller.agentCommission,
    maxOutletMarkup: biller.maxOutletMarkup,
    minAmount: biller.minAmount,
    maxAmount: biller.maxAmount,
    cutOffWindows: biller.cutOffWindows,
    sortOrder: biller.sortOrder,
  };
}
