-- CreateIndex
CREATE INDEX "DepositTopUp_proofImageKey_idx" ON "DepositTopUp"("proofImageKey");

-- CreateIndex
CREATE INDEX "IdentitySubmission_ktpImageKey_idx" ON "IdentitySubmission"("ktpImageKey");

-- CreateIndex
CREATE INDEX "IdentitySubmission_selfieImageKey_idx" ON "IdentitySubmission"("selfieImageKey");
