module @constant attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3xf64>) -> (tensor<2x3xf64>) {
    %0 = stablehlo.constant dense<[[5.0e-1, -1.0e0, 2.0e0], [3.0e0, 4.0e0, 5.0e0]]> : tensor<2x3xf64>
    %1 = stablehlo.multiply %arg0, %0 : tensor<2x3xf64>
    return %1 : tensor<2x3xf64>
  }
}
