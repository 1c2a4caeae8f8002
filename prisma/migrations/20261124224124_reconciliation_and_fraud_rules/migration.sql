-- CreateTable
CREATE TABLE "ReconciliationRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "settlementDate" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "importedById" TEXT NOT NULL,
    "matchedCount" INTEGER NOT NULL DEFAULT 0,
    "differCount" INTEGER NOT NULL DEFAULT 0,
    "onlyTheirsCount" INTEGER NOT NULL DEFAULT 0,
    "onlyOursCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReconciliationRun_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReconciliationItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "transactionId" TEXT,
    "theirAmount" INTEGER,
    "ourAmount" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "resolutionNote" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" DATETIME,
    CONSTRAINT "ReconciliationItem_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ReconciliationRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReconciliationItem_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FraudRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "limit" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "BlockedReference" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "billerId" TEXT,
    "customerNo" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BlockedReference_billerId_fkey" FOREIGN KEY ("billerId") REFERENCES "Biller" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BlockedReference_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FraudHold" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "transactionId" TEXT NOT NULL,
    "reasons" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'HELD',
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FraudHold_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "Transaction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FraudHold_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ReconciliationRun_createdAt_idx" ON "ReconciliationRun"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReconciliationRun_source_settlementDate_fileSha256_key" ON "ReconciliationRun"("source", "settlementDate", "fileSha256");

-- CreateIndex
CREATE INDEX "ReconciliationItem_runId_outcome_idx" ON "ReconciliationItem"("runId", "outcome");

-- CreateIndex
CREATE INDEX "ReconciliationItem_status_runId_idx" ON "ReconciliationItem"("status", "runId");

-- CreateIndex
CREATE UNIQUE INDEX "FraudRule_kind_key" ON "FraudRule"("kind");

-- CreateIndex
CREATE INDEX "BlockedReference_customerNo_idx" ON "BlockedReference"("customerNo");

-- CreateIndex
CREATE UNIQUE INDEX "BlockedReference_billerId_customerNo_key" ON "BlockedReference"("billerId", "customerNo");

-- CreateIndex
CREATE UNIQUE INDEX "FraudHold_transactionId_key" ON "FraudHold"("transactionId");

-- CreateIndex
CREATE INDEX "FraudHold_status_createdAt_idx" ON "FraudHold"("status", "createdAt");
