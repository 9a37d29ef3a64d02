package dev.pterogateway.auth;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cross-origin access for browser clients ({@code ptero.cors.*}).
 *
 * @param allowedOrigins origins (such as {@code https://dash.example.com}) whose pages
 * may call the API; empty means no CORS at all
 * @param maxAge how long browsers may cache a preflight answer
 */
@ConfigurationProperties("ptero.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {

}
