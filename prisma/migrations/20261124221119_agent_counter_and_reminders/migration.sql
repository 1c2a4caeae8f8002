-- CreateTable
CREATE TABLE "OutletMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "outletId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OutletMember_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "OutletMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Shift" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "outletId" TEXT NOT NULL,
    "cashierId" TEXT NOT NULL,
    "openKey" TEXT,
    "openingCash" INTEGER NOT NULL,
    "openedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "expectedCash" INTEGER,
    "countedCash" INTEGER,
    "cashDifference" INTEGER,
    "closingNote" TEXT,
    CONSTRAINT "Shift_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Shift_cashierId_fkey" FOREIGN KEY ("cashierId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DepositHold" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "outletId" TEXT NOT NULL,
    "transactionId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'HELD',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    CONSTRAINT "DepositHold_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DepositHold_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "Transaction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DepositTopUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "outletId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "gatewayChargeId" TEXT,
    "vaNumber" TEXT,
    "expiresAt" DATETIME,
    "transferRef" TEXT,
    "proofImageKey" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "rejectionReason" TEXT,
    "paidAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DepositTopUp_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DepositTopUp_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DepositTopUp_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReceiptPrint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "transactionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReceiptPrint_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "Transaction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReceiptPrint_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppSetting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Biller" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "inquiryProductCode" TEXT,
    "referenceRule" TEXT NOT NULL,
    "adminFee" INTEGER NOT NULL,
    "agentCommission" INTEGER NOT NULL DEFAULT 0,
    "maxOutletMarkup" INTEGER NOT NULL DEFAULT 5000,
    "minAmount" INTEGER,
    "maxAmount" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "maintenanceMessageId" TEXT,
    "maintenanceMessageEn" TEXT,
    "cutOffWindows" TEXT NOT NULL DEFAULT '[]',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Biller" ("adminFee", "category", "code", "createdAt", "cutOffWindows", "id", "inquiryProductCode", "kind", "maintenanceMessageEn", "maintenanceMessageId", "maxAmount", "minAmount", "nameEn", "nameId", "referenceRule", "sortOrder", "status", "updatedAt", "version") SELECT "adminFee", "category", "code", "createdAt", "cutOffWindows", "id", "inquiryProductCode", "kind", "maintenanceMessageEn", "maintenanceMessageId", "maxAmount", "minAmount", "nameEn", "nameId", "referenceRule", "sortOrder", "status", "updatedAt", "version" FROM "Biller";
DROP TABLE "Biller";
ALTER TABLE "new_Biller" RENAME TO "Biller";
CREATE UNIQUE INDEX "Biller_code_key" ON "Biller"("code");
CREATE INDEX "Biller_category_sortOrder_idx" ON "Biller"("category", "sortOrder");
CREATE INDEX "Biller_status_sortOrder_idx" ON "Biller"("status", "sortOrder");
CREATE TABLE "new_Outlet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "markup" INTEGER NOT NULL DEFAULT 0,
    "lowBalanceThreshold" INTEGER NOT NULL DEFAULT 100000,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Outlet_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Outlet" ("address", "createdAt", "id", "name", "ownerId", "updatedAt") SELECT "address", "createdAt", "id", "name", "ownerId", "updatedAt" FROM "Outlet";
DROP TABLE "Outlet";
ALTER TABLE "new_Outlet" RENAME TO "Outlet";
CREATE INDEX "Outlet_ownerId_idx" ON "Outlet"("ownerId");
CREATE TABLE "new_SavedReference" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "billerId" TEXT NOT NULL,
    "customerNo" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "remindersEnabled" BOOLEAN NOT NULL DEFAULT true,
    "lastSeenPeriod" TEXT,
    "lastRemindedPeriod" TEXT,
    "nextReminderCheckAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SavedReference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SavedReference_billerId_fkey" FOREIGN KEY ("billerId") REFERENCES "Biller" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_SavedReference" ("billerId", "createdAt", "customerNo", "id", "label", "userId") SELECT "billerId", "createdAt", "customerNo", "id", "label", "userId" FROM "SavedReference";
DROP TABLE "SavedReference";
ALTER TABLE "new_SavedReference" RENAME TO "SavedReference";
CREATE INDEX "SavedReference_userId_createdAt_idx" ON "SavedReference"("userId", "createdAt");
CREATE INDEX "SavedReference_remindersEnabled_nextReminderCheckAt_idx" ON "SavedReference"("remindersEnabled", "nextReminderCheckAt");
CREATE UNIQUE INDEX "SavedReference_userId_billerId_customerNo_key" ON "SavedReference"("userId", "billerId", "customerNo");
CREATE TABLE "new_Transaction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "billerId" TEXT NOT NULL,
    "productId" TEXT,
    "status" TEXT NOT NULL,
    "customerNo" TEXT NOT NULL,
    "customerName" TEXT NOT NULL,
    "inquiryData" TEXT NOT NULL,
    "billAmount" INTEGER NOT NULL,
    "penalty" INTEGER NOT NULL,
    "adminFee" INTEGER NOT NULL,
    "totalAmount" INTEGER NOT NULL,
    "switchInquiryId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "methodFee" INTEGER NOT NULL DEFAULT 0,
    "paidAt" DATETIME,
    "billerPaymentId" TEXT,
    "billerRef" TEXT,
    "token" TEXT,
    "kwhHundredths" INTEGER,
    "completedAt" DATETIME,
    "failureReason" TEXT,
    "adviceAttempts" INTEGER NOT NULL DEFAULT 0,
    "nextAdviceAt" DATETIME,
    "outletId" TEXT,
    "shiftId" TEXT,
    "outletMarkup" INTEGER NOT NULL DEFAULT 0,
    "commission" INTEGER NOT NULL DEFAULT 0,
    "cashReceived" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Transaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Transaction_billerId_fkey" FOREIGN KEY ("billerId") REFERENCES "Biller" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Transaction_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Transaction_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Transaction_shiftId_fkey" FOREIGN KEY ("shiftId") REFERENCES "Shift" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Transaction" ("adminFee", "adviceAttempts", "billAmount", "billerId", "billerPaymentId", "billerRef", "completedAt", "createdAt", "customerName", "customerNo", "expiresAt", "failureReason", "id", "inquiryData", "kwhHundredths", "methodFee", "nextAdviceAt", "paidAt", "penalty", "productId", "status", "switchInquiryId", "token", "totalAmount", "updatedAt", "userId") SELECT "adminFee", "adviceAttempts", "billAmount", "billerId", "billerPaymentId", "billerRef", "completedAt", "createdAt", "customerName", "customerNo", "expiresAt", "failureReason", "id", "inquiryData", "kwhHundredths", "methodFee", "nextAdviceAt", "paidAt", "penalty", "productId", "status", "switchInquiryId", "token", "totalAmount", "updatedAt", "userId" FROM "Transaction";
DROP TABLE "Transaction";
ALTER TABLE "new_Transaction" RENAME TO "Transaction";
CREATE UNIQUE INDEX "Transaction_switchInquiryId_key" ON "Transaction"("switchInquiryId");
CREATE UNIQUE INDEX "Transaction_billerPaymentId_key" ON "Transaction"("billerPaymentId");
CREATE INDEX "Transaction_userId_createdAt_idx" ON "Transaction"("userId", "createdAt");
CREATE INDEX "Transaction_userId_status_createdAt_idx" ON "Transaction"("userId", "status", "createdAt");
CREATE INDEX "Transaction_outletId_createdAt_idx" ON "Transaction"("outletId", "createdAt");
CREATE INDEX "Transaction_shiftId_createdAt_idx" ON "Transaction"("shiftId", "createdAt");
CREATE INDEX "Transaction_status_expiresAt_idx" ON "Transaction"("status", "expiresAt");
CREATE INDEX "Transaction_status_nextAdviceAt_idx" ON "Transaction"("status", "nextAdviceAt");
CREATE INDEX "Transaction_status_updatedAt_idx" ON "Transaction"("status", "updatedAt");
CREATE INDEX "Transaction_billerId_createdAt_idx" ON "Transaction"("billerId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "OutletMember_userId_key" ON "OutletMember"("userId");

-- CreateIndex
CREATE INDEX "OutletMember_outletId_role_idx" ON "OutletMember"("outletId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Shift_openKey_key" ON "Shift"("openKey");

-- CreateIndex
CREATE INDEX "Shift_outletId_openedAt_idx" ON "Shift"("outletId", "openedAt");

-- CreateIndex
CREATE INDEX "Shift_cashierId_openedAt_idx" ON "Shift"("cashierId", "openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DepositHold_transactionId_key" ON "DepositHold"("transactionId");

-- CreateIndex
CREATE INDEX "DepositHold_outletId_status_idx" ON "DepositHold"("outletId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DepositTopUp_gatewayChargeId_key" ON "DepositTopUp"("gatewayChargeId");

-- CreateIndex
CREATE INDEX "DepositTopUp_outletId_createdAt_idx" ON "DepositTopUp"("outletId", "createdAt");

-- CreateIndex
CREATE INDEX "DepositTopUp_status_createdAt_idx" ON "DepositTopUp"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ReceiptPrint_transactionId_createdAt_idx" ON "ReceiptPrint"("transactionId", "createdAt");

-- Every outlet's owner works at it.
INSERT OR IGNORE INTO "OutletMember" ("id", "outletId", "userId", "role", "createdAt")
SELECT 'owner-' || "id", "id", "ownerId", 'OWNER', CURRENT_TIMESTAMP FROM "Outlet";
