package io.rapporteur.contract.fact;

/** A place (a city, or a country named as a place) and the ISO 3166-1 alpha-3 code of its country. */
public record Place(String name, String country) {
}
