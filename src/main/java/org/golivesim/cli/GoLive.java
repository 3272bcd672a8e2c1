package org.golivesim.cli;

public final class GoLive {
    public static void main(String[] args) {
        System.out.println("hi");
    }
}
