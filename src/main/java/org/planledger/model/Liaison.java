package org.planledger.model;

/** A department's liaison officer (联络员), and optionally a deputy. */
public record Liaison(String name, String phone, String email, String deputyName, String deputyPhone) {
}
