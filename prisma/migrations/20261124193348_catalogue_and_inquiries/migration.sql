-- CreateTable
CREATE TABLE "Biller" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "inquiryProductCode" TEXT,
    "referenceRule" TEXT NOT NULL,
    "adminFee" INTEGER NOT NULL,
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

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "billerId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "operator" TEXT,
    "faceValue" INTEGER NOT NULL,
    "price" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Product_billerId_fkey" FOREIGN KEY ("billerId") REFERENCES "Biller" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OperatorPrefix" (
    "prefix" TEXT NOT NULL PRIMARY KEY,
    "operator" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Transaction" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Transaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Transaction_billerId_fkey" FOREIGN KEY ("billerId") REFERENCES "Biller" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Transaction_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TransactionEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "transactionId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "reason" TEXT NOT NULL,
    "payloadDigest" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TransactionEvent_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "Transaction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SavedReference" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "billerId" TEXT NOT NULL,
    "customerNo" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SavedReference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SavedReference_billerId_fkey" FOREIGN KEY ("billerId") REFERENCES "Biller" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Biller_code_key" ON "Biller"("code");

-- CreateIndex
CREATE INDEX "Biller_category_sortOrder_idx" ON "Biller"("category", "sortOrder");

-- CreateIndex
CREATE INDEX "Biller_status_sortOrder_idx" ON "Biller"("status", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Product_code_key" ON "Product"("code");

-- CreateIndex
CREATE INDEX "Product_billerId_active_sortOrder_idx" ON "Product"("billerId", "active", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Transaction_switchInquiryId_key" ON "Transaction"("switchInquiryId");

-- CreateIndex
CREATE INDEX "Transaction_userId_createdAt_idx" ON "Transaction"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Transaction_status_expiresAt_idx" ON "Transaction"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Transaction_billerId_createdAt_idx" ON "Transaction"("billerId", "createdAt");

-- CreateIndex
CREATE INDEX "TransactionEvent_transactionId_createdAt_idx" ON "TransactionEvent"("transactionId", "createdAt");

-- CreateIndex
CREATE INDEX "SavedReference_userId_createdAt_idx" ON "SavedReference"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SavedReference_userId_billerId_customerNo_key" ON "SavedReference"("userId", "billerId", "customerNo");
