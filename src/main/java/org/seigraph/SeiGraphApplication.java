package org.seigraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SeiGraphApplication {
    public static void main(String[] args) {
        SpringApplication.run(SeiGraphApplication.class, args);
    }
}
