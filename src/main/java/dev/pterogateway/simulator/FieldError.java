package dev.pterogateway.simulator;

/**
 * One failed validation rule, as the panel reports it in a 422.
 *
 * @param field the dotted source field
 * @param rule the snake_cased Laravel rule
 * @param detail the message
 */
record FieldError(String field, String rule, String detail) {

}
