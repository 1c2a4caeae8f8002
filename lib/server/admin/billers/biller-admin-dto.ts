import 'server-only';
import type { Snapshot } from '@/lib/domain/audit-diff';
import type { BillerStatus } from '@/lib/domain/biller-config';
import type { BillerCategoryCode } from '@/lib/domain/categories';
import { cutOffWindowsSchema, type CutOffWindow } from '@/lib/domain/cut-off';
import { isOperatorCode, type OperatorCode } from '@/lib/domain/references/operators';
import { referenceRuleSchema, type ReferenceRule } from '@/lib/domain/references/rules';
import type { Biller, Product } from '@/lib/generated/prisma/client';

// How the back office sees a biller and a product, and the snapshot of their settings that an
// audit entry compares before and after a change.

export type BillerAdmin = {
  id: string;
  code: string;
  category: BillerCategoryCode;
  kind: 'PREPAID' | 'POSTPAID';
  nameId: string;
  nameEn: string;
  inquiryProductCode: string | null;
  referenceRule: ReferenceRule;
  adminFee: number;
  agentCommission: number;
  maxOutletMarkup: number;
  minAmount: number | null;
  maxAmount: number | null;
  status: BillerStatus;
  maintenanceMessageId: string | null;
  maintenanceMessageEn: string | null;
  cutOffWindows: CutOffWindow[];
  sortOrder: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export function toBillerAdmin(row: Biller): BillerAdmin {
  return {
    id: row.id,
    code: row.code,
    category: row.category,
    kind: row.kind,
    nameId: row.nameId,
    nameEn: row.nameEn,
    inquiryProductCode: row.inquiryProductCode,
    referenceRule: referenceRuleSchema.parse(JSON.parse(row.referenceRule)),
    adminFee: row.adminFee,
    agentCommission: row.agentCommission,
    maxOutletMarkup: row.maxOutletMarkup,
    minAmount: row.minAmount,
    maxAmount: row.maxAmount,
    status: row.status,
    maintenanceMessageId: row.maintenanceMessageId,
    maintenanceMessageEn: row.maintenanceMessageEn,
    cutOffWindows: cutOffWindowsSchema.parse(JSON.parse(row.cutOffWindows)),
    sortOrder: row.sortOrder,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The settings an admin can change, as the audit log records them (rules and windows as JSON). */
export function billerSnapshot(biller: BillerAdmin): Snapshot {
  return {
    code: biller.code,
    category: biller.category,
    kind: biller.kind,
    nameId: biller.nameId,
    nameEn: biller.nameEn,
    inquiryProductCode: biller.inquiryProductCode,
    referenceRule: biller.referenceRule,
    adminFee: biller.adminFee,
    agentCommission: biller.agentCommission,
    maxOutletMarkup: biller.maxOutletMarkup,
    minAmount: biller.minAmount,
    maxAmount: biller.maxAmount,
    status: biller.status,
    maintenanceMessageId: biller.maintenanceMessageId,
    maintenanceMessageEn: biller.maintenanceMessageEn,
    cutOffWindows: biller.cutOffWindows,
    sortOrder: biller.sortOrder,
  };
}

export type ProductAdmin = {
  id: string;
  billerId: string;
  code: string;
  nameId: string;
  nameEn: string;
  operator: OperatorCode | null;
  faceValue: number;
  price: number;
  active: boolean;
  sortOrder: number;
  /** The concurrency token of the product's edits (ISO time of its last change). */
  updatedAt: string;
};

export function toProductAdmin(row: Product): ProductAdmin {
  return {
    id: row.id,
    billerId: row.billerId,
    code: row.code,
    nameId: row.nameId,
    nameEn: row.nameEn,
    operator: isOperatorCode(row.operator) ? row.operator : null,
    faceValue: row.faceValue,
    price: row.price,
    active: row.active,
    sortOrder: row.sortOrder,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function productSnapshot(product: ProductAdmin): Snapshot {
  return {
    billerId: product.billerId,
    code: product.code,
    nameId: product.nameId,
    nameEn: product.nameEn,
    operator: product.operator,
    faceValue: product.faceValue,
    price: product.price,
    active: product.active,
    sortOrder: product.sortOrder,
  };
}
