package dev.pterogateway.panel;

/**
 * One failed validation rule reported by the panel (an entry of a 422 answer).
 *
 * @param field the request field, dotted as the panel names it ({@code limits.memory},
 * {@code environment.SERVER_JARFILE})
 * @param rule the snake_cased Laravel rule ({@code required}, {@code in}, {@code min});
 * the panel's own rules start with {@code p_}
 * @param detail the panel's message, such as "The limits.memory field is required."
 */
public record PanelFieldError(String field, String rule, String detail) {

}
