-- CreateIndex
CREATE INDEX "PaymentCharge_paidAt_idx" ON "PaymentCharge"("paidAt");

-- CreateIndex
CREATE INDEX "Refund_succeededAt_idx" ON "Refund"("succeededAt");

-- CreateIndex
CREATE INDEX "Transaction_completedAt_idx" ON "Transaction"("completedAt");
