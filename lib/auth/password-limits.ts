/** The shortest password a person may choose. */
export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase; short enough that a huge body cannot be used to burn CPU. */
export const PASSWORD_MAX_LENGTH = 256;
