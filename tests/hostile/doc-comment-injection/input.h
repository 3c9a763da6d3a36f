/** Adds. } public class Injected {‮ */
int add(int a, int b);
