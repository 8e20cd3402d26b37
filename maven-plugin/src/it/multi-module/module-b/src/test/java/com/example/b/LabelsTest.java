package com.example.b;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void labelsACount() {
    assertEquals("2 items", Labels.of(2));
  }
}
