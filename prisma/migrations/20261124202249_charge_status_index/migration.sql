-- CreateIndex
CREATE INDEX "PaymentCharge_status_expiresAt_idx" ON "PaymentCharge"("status", "expiresAt");
