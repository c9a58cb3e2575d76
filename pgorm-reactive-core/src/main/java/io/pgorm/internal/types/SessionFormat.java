package io.pgorm.internal.types;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a server session decides about text forms: the money format of its {@code lc_monetary}
 * (learnt when a connection opens), and the JSON mapper of the registry.
 *
 * @param moneyFractionDigits digits after the decimal mark in money values
 * @param moneyDecimalMark the decimal mark the server reads in money input
 * @param mapper parses and writes JSON
 */
public record SessionFormat(int moneyFractionDigits, char moneyDecimalMark, ObjectMapper mapper) {}
