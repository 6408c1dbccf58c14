import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/** Draws COUNT different 1600 x 900 PNGs into DIR (image-1.png ...), for benchmarks that need a media library: java DrawnImages.java COUNT DIR */
public class DrawnImages {

    public static void main(String[] arguments) throws IOException {
        int count = Integer.parseInt(arguments[0]);
        File folder = new File(arguments[1]);
        folder.mkdirs();
        for (int n = 1; n <= count; n++) {
            BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(n / (float) count, 0.6f, 0.9f), 1600, 900, Color.DARK_GRAY));
            g.fillRect(0, 0, 1600, 900);
            g.setColor(Color.WHITE);
            for (int ring = 0; ring < 12; ring++) {
                g.drawOval(100 + ring * 37 + n, 80 + ring * 23, 300 + ring * 50, 200 + ring * 40);
            }
            g.drawString("Image " + n, 60, 860);
            g.dispose();
            ImageIO.write(image, "png", new File(folder, "image-" + n + ".png"));
        }
    }
}
