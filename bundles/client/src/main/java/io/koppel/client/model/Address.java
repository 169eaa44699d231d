package io.koppel.client.model;

/** A visit address of an account. {@code country} is the ISO code (e.g. BE). */
public record Address(String line1, String line2, String line3, String postcode, String city, String state,
                      String country) {
}
