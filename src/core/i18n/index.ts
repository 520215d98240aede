export { formatMessage, INTL_LOCALE, type Locale, type MessageValues } from './message-format';
