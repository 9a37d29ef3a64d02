package dev.pterogateway.monitor;

/**
 * One notification mail, in plain text and HTML.
 *
 * @param recipient the address
 * @param subject the subject
 * @param text the plain-text body
 * @param html the HTML body
 */
record Mail(String recipient, String subject, String text, String html) {

}
