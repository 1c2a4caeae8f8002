-- AlterTable
ALTER TABLE "PaymentCharge" ADD COLUMN "cardFingerprint" TEXT;

-- CreateTable
CREATE TABLE "DepositAdjustment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "outletId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DepositAdjustment_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DepositAdjustment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "DepositAdjustment_idempotencyKey_key" ON "DepositAdjustment"("idempotencyKey");

-- CreateIndex
CREATE INDEX "DepositAdjustment_outletId_createdAt_idx" ON "DepositAdjustment"("outletId", "createdAt");

-- CreateIndex
CREATE INDEX "DepositAdjustment_createdAt_idx" ON "DepositAdjustment"("createdAt");

-- CreateIndex
CREATE INDEX "PaymentCharge_cardFingerprint_paidAt_idx" ON "PaymentCharge"("cardFingerprint", "paidAt");
