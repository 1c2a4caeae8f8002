-- CreateIndex
CREATE INDEX "Transaction_createdAt_idx" ON "Transaction"("createdAt");

-- CreateIndex
CREATE INDEX "Transaction_status_createdAt_idx" ON "Transaction"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Transaction_customerNo_idx" ON "Transaction"("customerNo");

-- CreateIndex
CREATE INDEX "Transaction_billerRef_idx" ON "Transaction"("billerRef");
