package io.tessera; public final class Json {}
