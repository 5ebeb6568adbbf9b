package org.glint; public final class Glint {}
