// One file per namespace, so features add their messages without editing a shared file.
import common from './common.json';
import landing from './landing.json';
import categories from './categories.json';
import auth from './auth.json';
import validation from './validation.json';
import errors from './errors.json';
import customer from './customer.json';
import agent from './agent.json';
import admin from './admin.json';
import adminCatalogue from './adminCatalogue.json';
import adminSettings from './adminSettings.json';
import adminTransactions from './adminTransactions.json';
import reference from './reference.json';
import pay from './pay.json';
import checkout from './checkout.json';
import email from './email.json';
import receipt from './receipt.json';
import identity from './identity.json';
import identityReview from './identityReview.json';
import notifications from './notifications.json';
import account from './account.json';
import history from './history.json';
import fraud from './fraud.json';
import reports from './reports.json';
import people from './people.json';
import deposit from './deposit.json';
import counter from './counter.json';
import reminders from './reminders.json';
import reconciliation from './reconciliation.json';

const messages = {
  common,
  landing,
  categories,
  auth,
  validation,
  errors,
  customer,
  agent,
  admin,
  adminCatalogue,
  adminSettings,
  adminTransactions,
  reference,
  pay,
  checkout,
  email,
  receipt,
  identity,
  identityReview,
  notifications,
  account,
  history,
  fraud,
  reports,
  people,
  deposit,
  counter,
  reminders,
  reconciliation,
};

export default messages;
