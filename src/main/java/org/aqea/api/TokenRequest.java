package org.aqea.api;

/**
 * Body of {@code POST /api/tokens}.
 *
 * @param name          what the token is for (1 to 100 characters), shown in the list
 * @param scope         {@code reader} or {@code admin}
 * @param expiresInDays days until the token stops working (1 to 3650); default: never
 */
public record TokenRequest(String name, String scope, Integer expiresInDays) {
}
