-- CreateTable
CREATE TABLE "PaymentCharge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "transactionId" TEXT NOT NULL,
    "gatewayChargeId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "vaNumber" TEXT,
    "actionUrl" TEXT,
    "qrString" TEXT,
    "cardBrand" TEXT,
    "cardLast4" TEXT,
    "failureCode" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "paidAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PaymentCharge_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "Transaction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "transactionId" TEXT NOT NULL,
    "chargeId" TEXT NOT NULL,
    "refundId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "requestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "succeededAt" DATETIME,
    CONSTRAINT "Refund_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "Transaction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Refund_chargeId_fkey" FOREIGN KEY ("chargeId") REFERENCES "PaymentCharge" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GatewayEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "chargeId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "requestHash" TEXT NOT NULL,
    "response" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Transaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Transaction_billerId_fkey" FOREIGN KEY ("billerId") REFERENCES "Biller" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Transaction_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Transaction" ("adminFee", "billAmount", "billerId", "createdAt", "customerName", "customerNo", "expiresAt", "id", "inquiryData", "penalty", "productId", "status", "switchInquiryId", "totalAmount", "updatedAt", "userId") SELECT "adminFee", "billAmount", "billerId", "createdAt", "customerName", "customerNo", "expiresAt", "id", "inquiryData", "penalty", "productId", "status", "switchInquiryId", "totalAmount", "updatedAt", "userId" FROM "Transaction";
DROP TABLE "Transaction";
ALTER TABLE "new_Transaction" RENAME TO "Transaction";
CREATE UNIQUE INDEX "Transaction_switchInquiryId_key" ON "Transaction"("switchInquiryId");
CREATE UNIQUE INDEX "Transaction_billerPaymentId_key" ON "Transaction"("billerPaymentId");
CREATE INDEX "Transaction_userId_createdAt_idx" ON "Transaction"("userId", "createdAt");
CREATE INDEX "Transaction_status_expiresAt_idx" ON "Transaction"("status", "expiresAt");
CREATE INDEX "Transaction_status_nextAdviceAt_idx" ON "Transaction"("status", "nextAdviceAt");
CREATE INDEX "Transaction_status_updatedAt_idx" ON "Transaction"("status", "updatedAt");
CREATE INDEX "Transaction_billerId_createdAt_idx" ON "Transaction"("billerId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "PaymentCharge_gatewayChargeId_key" ON "PaymentCharge"("gatewayChargeId");

-- CreateIndex
CREATE INDEX "PaymentCharge_transactionId_createdAt_idx" ON "PaymentCharge"("transactionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_refundId_key" ON "Refund"("refundId");

-- CreateIndex
CREATE INDEX "Refund_status_requestedAt_idx" ON "Refund"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "Refund_transactionId_idx" ON "Refund"("transactionId");

-- CreateIndex
CREATE INDEX "GatewayEvent_chargeId_receivedAt_idx" ON "GatewayEvent"("chargeId", "receivedAt");

-- CreateIndex
CREATE INDEX "IdempotencyRecord_createdAt_idx" ON "IdempotencyRecord"("createdAt");
