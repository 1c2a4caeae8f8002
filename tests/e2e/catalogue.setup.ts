import { test as setup } from '@playwright/test';
import { execute } from './support/db';

// PLN's real cut-off (23:00-01:00 WIB) would make the suite depend on the hour it runs at; the
// cut-off rule itself is covered by unit and integration tests.
setup('open PLN around the clock for the suite', () => {
  execute("UPDATE Biller SET cutOffWindows = '[]' WHERE code IN ('PLN_PREPAID', 'PLN_POSTPAID')");
});
