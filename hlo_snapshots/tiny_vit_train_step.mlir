module @vit_train_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x1x64xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<1x17x64xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<64x3x8x8xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<64xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<64xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<64xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<64x64xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<64xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<64x64xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<64xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<64x64xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<64xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<64x64xf32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<64xf32> {tf.aliasing_output = 13 : i32}, %arg14: tensor<64xf32> {tf.aliasing_output = 14 : i32}, %arg15: tensor<64xf32> {tf.aliasing_output = 15 : i32}, %arg16: tensor<128x64xf32> {tf.aliasing_output = 16 : i32}, %arg17: tensor<128xf32> {tf.aliasing_output = 17 : i32}, %arg18: tensor<64x128xf32> {tf.aliasing_output = 18 : i32}, %arg19: tensor<64xf32> {tf.aliasing_output = 19 : i32}, %arg20: tensor<64xf32> {tf.aliasing_output = 20 : i32}, %arg21: tensor<64xf32> {tf.aliasing_output = 21 : i32}, %arg22: tensor<64x64xf32> {tf.aliasing_output = 22 : i32}, %arg23: tensor<64xf32> {tf.aliasing_output = 23 : i32}, %arg24: tensor<64x64xf32> {tf.aliasing_output = 24 : i32}, %arg25: tensor<64xf32> {tf.aliasing_output = 25 : i32}, %arg26: tensor<64x64xf32> {tf.aliasing_output = 26 : i32}, %arg27: tensor<64xf32> {tf.aliasing_output = 27 : i32}, %arg28: tensor<64x64xf32> {tf.aliasing_output = 28 : i32}, %arg29: tensor<64xf32> {tf.aliasing_output = 29 : i32}, %arg30: tensor<64xf32> {tf.aliasing_output = 30 : i32}, %arg31: tensor<64xf32> {tf.aliasing_output = 31 : i32}, %arg32: tensor<128x64xf32> {tf.aliasing_output = 32 : i32}, %arg33: tensor<128xf32> {tf.aliasing_output = 33 : i32}, %arg34: tensor<64x128xf32> {tf.aliasing_output = 34 : i32}, %arg35: tensor<64xf32> {tf.aliasing_output = 35 : i32}, %arg36: tensor<64xf32> {tf.aliasing_output = 36 : i32}, %arg37: tensor<64xf32> {tf.aliasing_output = 37 : i32}, %arg38: tensor<5x64xf32> {tf.aliasing_output = 38 : i32}, %arg39: tensor<5xf32> {tf.aliasing_output = 39 : i32}, %arg40: tensor<1x1x64xf32> {tf.aliasing_output = 40 : i32}, %arg41: tensor<1x17x64xf32> {tf.aliasing_output = 41 : i32}, %arg42: tensor<64x3x8x8xf32> {tf.aliasing_output = 42 : i32}, %arg43: tensor<64xf32> {tf.aliasing_output = 43 : i32}, %arg44: tensor<64xf32> {tf.aliasing_output = 44 : i32}, %arg45: tensor<64xf32> {tf.aliasing_output = 45 : i32}, %arg46: tensor<64x64xf32> {tf.aliasing_output = 46 : i32}, %arg47: tensor<64xf32> {tf.aliasing_output = 47 : i32}, %arg48: tensor<64x64xf32> {tf.aliasing_output = 48 : i32}, %arg49: tensor<64xf32> {tf.aliasing_output = 49 : i32}, %arg50: tensor<64x64xf32> {tf.aliasing_output = 50 : i32}, %arg51: tensor<64xf32> {tf.aliasing_output = 51 : i32}, %arg52: tensor<64x64xf32> {tf.aliasing_output = 52 : i32}, %arg53: tensor<64xf32> {tf.aliasing_output = 53 : i32}, %arg54: tensor<64xf32> {tf.aliasing_output = 54 : i32}, %arg55: tensor<64xf32> {tf.aliasing_output = 55 : i32}, %arg56: tensor<128x64xf32> {tf.aliasing_output = 56 : i32}, %arg57: tensor<128xf32> {tf.aliasing_output = 57 : i32}, %arg58: tensor<64x128xf32> {tf.aliasing_output = 58 : i32}, %arg59: tensor<64xf32> {tf.aliasing_output = 59 : i32}, %arg60: tensor<64xf32> {tf.aliasing_output = 60 : i32}, %arg61: tensor<64xf32> {tf.aliasing_output = 61 : i32}, %arg62: tensor<64x64xf32> {tf.aliasing_output = 62 : i32}, %arg63: tensor<64xf32> {tf.aliasing_output = 63 : i32}, %arg64: tensor<64x64xf32> {tf.aliasing_output = 64 : i32}, %arg65: tensor<64xf32> {tf.aliasing_output = 65 : i32}, %arg66: tensor<64x64xf32> {tf.aliasing_output = 66 : i32}, %arg67: tensor<64xf32> {tf.aliasing_output = 67 : i32}, %arg68: tensor<64x64xf32> {tf.aliasing_output = 68 : i32}, %arg69: tensor<64xf32> {tf.aliasing_output = 69 : i32}, %arg70: tensor<64xf32> {tf.aliasing_output = 70 : i32}, %arg71: tensor<64xf32> {tf.aliasing_output = 71 : i32}, %arg72: tensor<128x64xf32> {tf.aliasing_output = 72 : i32}, %arg73: tensor<128xf32> {tf.aliasing_output = 73 : i32}, %arg74: tensor<64x128xf32> {tf.aliasing_output = 74 : i32}, %arg75: tensor<64xf32> {tf.aliasing_output = 75 : i32}, %arg76: tensor<64xf32> {tf.aliasing_output = 76 : i32}, %arg77: tensor<64xf32> {tf.aliasing_output = 77 : i32}, %arg78: tensor<5x64xf32> {tf.aliasing_output = 78 : i32}, %arg79: tensor<5xf32> {tf.aliasing_output = 79 : i32}, %arg80: tensor<1x1x64xf32> {tf.aliasing_output = 80 : i32}, %arg81: tensor<1x17x64xf32> {tf.aliasing_output = 81 : i32}, %arg82: tensor<64x3x8x8xf32> {tf.aliasing_output = 82 : i32}, %arg83: tensor<64xf32> {tf.aliasing_output = 83 : i32}, %arg84: tensor<64xf32> {tf.aliasing_output = 84 : i32}, %arg85: tensor<64xf32> {tf.aliasing_output = 85 : i32}, %arg86: tensor<64x64xf32> {tf.aliasing_output = 86 : i32}, %arg87: tensor<64xf32> {tf.aliasing_output = 87 : i32}, %arg88: tensor<64x64xf32> {tf.aliasing_output = 88 : i32}, %arg89: tensor<64xf32> {tf.aliasing_output = 89 : i32}, %arg90: tensor<64x64xf32> {tf.aliasing_output = 90 : i32}, %arg91: tensor<64xf32> {tf.aliasing_output = 91 : i32}, %arg92: tensor<64x64xf32> {tf.aliasing_output = 92 : i32}, %arg93: tensor<64xf32> {tf.aliasing_output = 93 : i32}, %arg94: tensor<64xf32> {tf.aliasing_output = 94 : i32}, %arg95: tensor<64xf32> {tf.aliasing_output = 95 : i32}, %arg96: tensor<128x64xf32> {tf.aliasing_output = 96 : i32}, %arg97: tensor<128xf32> {tf.aliasing_output = 97 : i32}, %arg98: tensor<64x128xf32> {tf.aliasing_output = 98 : i32}, %arg99: tensor<64xf32> {tf.aliasing_output = 99 : i32}, %arg100: tensor<64xf32> {tf.aliasing_output = 100 : i32}, %arg101: tensor<64xf32> {tf.aliasing_output = 101 : i32}, %arg102: tensor<64x64xf32> {tf.aliasing_output = 102 : i32}, %arg103: tensor<64xf32> {tf.aliasing_output = 103 : i32}, %arg104: tensor<64x64xf32> {tf.aliasing_output = 104 : i32}, %arg105: tensor<64xf32> {tf.aliasing_output = 105 : i32}, %arg106: tensor<64x64xf32> {tf.aliasing_output = 106 : i32}, %arg107: tensor<64xf32> {tf.aliasing_output = 107 : i32}, %arg108: tensor<64x64xf32> {tf.aliasing_output = 108 : i32}, %arg109: tensor<64xf32> {tf.aliasing_output = 109 : i32}, %arg110: tensor<64xf32> {tf.aliasing_output = 110 : i32}, %arg111: tensor<64xf32> {tf.aliasing_output = 111 : i32}, %arg112: tensor<128x64xf32> {tf.aliasing_output = 112 : i32}, %arg113: tensor<128xf32> {tf.aliasing_output = 113 : i32}, %arg114: tensor<64x128xf32> {tf.aliasing_output = 114 : i32}, %arg115: tensor<64xf32> {tf.aliasing_output = 115 : i32}, %arg116: tensor<64xf32> {tf.aliasing_output = 116 : i32}, %arg117: tensor<64xf32> {tf.aliasing_output = 117 : i32}, %arg118: tensor<5x64xf32> {tf.aliasing_output = 118 : i32}, %arg119: tensor<5xf32> {tf.aliasing_output = 119 : i32}, %arg120: tensor<i32> {tf.aliasing_output = 120 : i32}, %arg121: tensor<2x32x32x3xui8>, %arg122: tensor<2xi32>, %arg123: tensor<2xui64>) -> (tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) {
    %0 = "stablehlo.convert"(%arg121) : (tensor<2x32x32x3xui8>) -> tensor<2x32x32x3xf32>
    %1 = stablehlo.constant dense<3.92156862745098e-3> : tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%1) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %3 = stablehlo.multiply %0, %2 : tensor<2x32x32x3xf32>
    %4 = "stablehlo.convert"(%arg120) : (tensor<i32>) -> tensor<ui64>
    %5 = stablehlo.constant dense<1> : tensor<ui64>
    %6 = stablehlo.add %4, %5 : tensor<ui64>
    %7 = stablehlo.constant dense<11400714819323198485> : tensor<ui64>
    %8 = stablehlo.multiply %6, %7 : tensor<ui64>
    %9 = stablehlo.constant dense<29> : tensor<ui64>
    %10 = stablehlo.shift_right_logical %8, %9 : tensor<ui64>
    %11 = stablehlo.xor %8, %10 : tensor<ui64>
    %12 = "stablehlo.reshape"(%11) : (tensor<ui64>) -> tensor<1xui64>
    %13 = stablehlo.constant dense<0> : tensor<ui64>
    %14 = "stablehlo.broadcast_in_dim"(%13) {broadcast_dimensions = array<i64>} : (tensor<ui64>) -> tensor<1xui64>
    %15 = "stablehlo.concatenate"(%12, %14) {dimension = 0 : i64} : (tensor<1xui64>, tensor<1xui64>) -> tensor<2xui64>
    %16 = stablehlo.xor %arg123, %15 : tensor<2xui64>
    %17:2 = "stablehlo.rng_bit_generator"(%16) {rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>} : (tensor<2xui64>) -> (tensor<2xui64>, tensor<2x7xui32>)
    %18 = stablehlo.constant dense<9> : tensor<ui32>
    %19 = "stablehlo.broadcast_in_dim"(%18) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2x7xui32>
    %20 = stablehlo.shift_right_logical %17#1, %19 : tensor<2x7xui32>
    %21 = stablehlo.constant dense<1065353216> : tensor<ui32>
    %22 = "stablehlo.broadcast_in_dim"(%21) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2x7xui32>
    %23 = stablehlo.or %20, %22 : tensor<2x7xui32>
    %24 = "stablehlo.bitcast_convert"(%23) : (tensor<2x7xui32>) -> tensor<2x7xf32>
    %25 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %26 = "stablehlo.broadcast_in_dim"(%25) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x7xf32>
    %27 = stablehlo.subtract %24, %26 : tensor<2x7xf32>
    %28 = "stablehlo.slice"(%27) {limit_indices = array<i64: 2, 1>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<2x1xf32>) -> tensor<2xf32>
    %30 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %31 = "stablehlo.broadcast_in_dim"(%30) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %32 = "stablehlo.compare"(%29, %31) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
    %33 = stablehlo.constant dense<3.2e1> : tensor<f32>
    %34 = "stablehlo.broadcast_in_dim"(%33) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %35 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %36 = "stablehlo.broadcast_in_dim"(%35) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %37 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x32x32xf32>
    %38 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<2x32x32xf32>
    %39 = stablehlo.constant dense<3.125e-2> : tensor<f32>
    %40 = "stablehlo.broadcast_in_dim"(%39) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %41 = stablehlo.multiply %34, %40 : tensor<2xf32>
    %42 = "stablehlo.reshape"(%41) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %43 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %44 = "stablehlo.broadcast_in_dim"(%43) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %45 = stablehlo.add %37, %44 : tensor<2x32x32xf32>
    %46 = "stablehlo.reshape"(%42) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %47 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %48 = stablehlo.multiply %45, %47 : tensor<2x32x32xf32>
    %49 = "stablehlo.reshape"(%36) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %50 = "stablehlo.reshape"(%49) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %51 = "stablehlo.broadcast_in_dim"(%50) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %52 = stablehlo.add %51, %48 : tensor<2x32x32xf32>
    %53 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %54 = "stablehlo.broadcast_in_dim"(%53) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %55 = stablehlo.add %52, %54 : tensor<2x32x32xf32>
    %56 = stablehlo.add %36, %34 : tensor<2xf32>
    %57 = "stablehlo.reshape"(%56) : (tensor<2xf32>) -> tensor<2x1x1xf32>
    %58 = "stablehlo.reshape"(%57) : (tensor<2x1x1xf32>) -> tensor<2xf32>
    %59 = "stablehlo.broadcast_in_dim"(%58) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32xf32>
    %60 = stablehlo.subtract %59, %48 : tensor<2x32x32xf32>
    %61 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %62 = "stablehlo.broadcast_in_dim"(%61) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %63 = stablehlo.add %60, %62 : tensor<2x32x32xf32>
    %64 = "stablehlo.reshape"(%32) : (tensor<2xi1>) -> tensor<2x1x1xi1>
    %65 = "stablehlo.reshape"(%64) : (tensor<2x1x1xi1>) -> tensor<2xi1>
    %66 = "stablehlo.broadcast_in_dim"(%65) {broadcast_dimensions = array<i64: 0>} : (tensor<2xi1>) -> tensor<2x32x32xi1>
    %67 = "stablehlo.select"(%66, %63, %55) : (tensor<2x32x32xi1>, tensor<2x32x32xf32>, tensor<2x32x32xf32>) -> tensor<2x32x32xf32>
    %68 = stablehlo.subtract %67, %38 : tensor<2x32x32xf32>
    %69 = stablehlo.abs %68 : tensor<2x32x32xf32>
    %70 = stablehlo.negate %69 : tensor<2x32x32xf32>
    %71 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %72 = "stablehlo.broadcast_in_dim"(%71) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %73 = stablehlo.add %70, %72 : tensor<2x32x32xf32>
    %74 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %75 = "stablehlo.broadcast_in_dim"(%74) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32xf32>
    %76 = stablehlo.maximum %73, %75 : tensor<2x32x32xf32>
    %77 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %78 = "stablehlo.reduce"(%76, %77) ({
    ^bb0(%79: tensor<f32>, %80: tensor<f32>):
      %81 = stablehlo.add %79, %80 : tensor<f32>
      "stablehlo.return"(%81) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x32x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %82 = "stablehlo.reshape"(%78) : (tensor<2x32xf32>) -> tensor<2x32x1xf32>
    %83 = "stablehlo.reshape"(%82) : (tensor<2x32x1xf32>) -> tensor<2x32xf32>
    %84 = "stablehlo.broadcast_in_dim"(%83) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x32xf32>) -> tensor<2x32x32xf32>
    %85 = stablehlo.divide %76, %84 : tensor<2x32x32xf32>
    %86 = "stablehlo.dot_general"(%3, %85) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x32x32x3xf32>, tensor<2x32x32xf32>) -> tensor<2x32x3x32xf32>
    %87 = "stablehlo.transpose"(%86) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x32x3x32xf32>) -> tensor<2x32x32x3xf32>
    %88 = "stablehlo.slice"(%27) {limit_indices = array<i64: 2, 2>, start_indices = array<i64: 0, 1>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %89 = "stablehlo.reshape"(%88) : (tensor<2x1xf32>) -> tensor<2xf32>
    %90 = stablehlo.constant dense<4.0e-1> : tensor<f32>
    %91 = "stablehlo.broadcast_in_dim"(%90) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %92 = stablehlo.multiply %89, %91 : tensor<2xf32>
    %93 = stablehlo.constant dense<8.0e-1> : tensor<f32>
    %94 = "stablehlo.broadcast_in_dim"(%93) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %95 = stablehlo.add %92, %94 : tensor<2xf32>
    %96 = "stablehlo.reshape"(%95) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %97 = "stablehlo.reshape"(%96) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %98 = "stablehlo.broadcast_in_dim"(%97) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %99 = stablehlo.multiply %87, %98 : tensor<2x32x32x3xf32>
    %100 = "stablehlo.slice"(%27) {limit_indices = array<i64: 2, 3>, start_indices = array<i64: 0, 2>, strides = array<i64: 1, 1>} : (tensor<2x7xf32>) -> tensor<2x1xf32>
    %101 = "stablehlo.reshape"(%100) : (tensor<2x1xf32>) -> tensor<2xf32>
    %102 = stablehlo.constant dense<4.0e-1> : tensor<f32>
    %103 = "stablehlo.broadcast_in_dim"(%102) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %104 = stablehlo.multiply %101, %103 : tensor<2xf32>
    %105 = stablehlo.constant dense<8.0e-1> : tensor<f32>
    %106 = "stablehlo.broadcast_in_dim"(%105) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %107 = stablehlo.add %104, %106 : tensor<2xf32>
    %108 = "stablehlo.reshape"(%107) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %109 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %110 = "stablehlo.reduce"(%99, %109) ({
    ^bb0(%111: tensor<f32>, %112: tensor<f32>):
      %113 = stablehlo.add %111, %112 : tensor<f32>
      "stablehlo.return"(%113) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2, 3>} : (tensor<2x32x32x3xf32>, tensor<f32>) -> tensor<2xf32>
    %114 = stablehlo.constant dense<3.255208333333333e-4> : tensor<f32>
    %115 = "stablehlo.broadcast_in_dim"(%114) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %116 = stablehlo.multiply %110, %115 : tensor<2xf32>
    %117 = "stablehlo.reshape"(%116) : (tensor<2xf32>) -> tensor<2x1x1x1xf32>
    %118 = "stablehlo.reshape"(%117) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %119 = "stablehlo.broadcast_in_dim"(%118) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %120 = stablehlo.subtract %99, %119 : tensor<2x32x32x3xf32>
    %121 = "stablehlo.reshape"(%108) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %122 = "stablehlo.broadcast_in_dim"(%121) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %123 = stablehlo.multiply %120, %122 : tensor<2x32x32x3xf32>
    %124 = "stablehlo.reshape"(%117) : (tensor<2x1x1x1xf32>) -> tensor<2xf32>
    %125 = "stablehlo.broadcast_in_dim"(%124) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x32x32x3xf32>
    %126 = stablehlo.add %123, %125 : tensor<2x32x32x3xf32>
    %127 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %128 = "stablehlo.broadcast_in_dim"(%127) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %129 = stablehlo.maximum %126, %128 : tensor<2x32x32x3xf32>
    %130 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %131 = "stablehlo.broadcast_in_dim"(%130) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x32x32x3xf32>
    %132 = stablehlo.minimum %129, %131 : tensor<2x32x32x3xf32>
    %133 = stablehlo.constant dense<[5.0e-1, 5.0e-1, 5.0e-1]> : tensor<3xf32>
    %134 = stablehlo.constant dense<[5.0e-1, 5.0e-1, 5.0e-1]> : tensor<3xf32>
    %135 = "stablehlo.broadcast_in_dim"(%133) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<2x32x32x3xf32>
    %136 = stablehlo.subtract %132, %135 : tensor<2x32x32x3xf32>
    %137 = "stablehlo.broadcast_in_dim"(%134) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<2x32x32x3xf32>
    %138 = stablehlo.divide %136, %137 : tensor<2x32x32x3xf32>
    %139 = "stablehlo.reshape"(%138) : (tensor<2x32x32x3xf32>) -> tensor<2x4x8x4x8x3xf32>
    %140 = "stablehlo.transpose"(%139) {permutation = array<i64: 0, 1, 3, 5, 2, 4>} : (tensor<2x4x8x4x8x3xf32>) -> tensor<2x4x4x3x8x8xf32>
    %141 = "stablehlo.reshape"(%140) : (tensor<2x4x4x3x8x8xf32>) -> tensor<2x16x192xf32>
    %142 = "stablehlo.reshape"(%arg2) : (tensor<64x3x8x8xf32>) -> tensor<64x192xf32>
    %143 = "stablehlo.dot_general"(%141, %142) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x16x192xf32>, tensor<64x192xf32>) -> tensor<2x16x64xf32>
    %144 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x16x64xf32>
    %145 = stablehlo.add %143, %144 : tensor<2x16x64xf32>
    %146 = "stablehlo.reshape"(%arg0) : (tensor<1x1x64xf32>) -> tensor<1x64xf32>
    %147 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<1x64xf32>) -> tensor<2x1x64xf32>
    %148 = "stablehlo.concatenate"(%147, %145) {dimension = 1 : i64} : (tensor<2x1x64xf32>, tensor<2x16x64xf32>) -> tensor<2x17x64xf32>
    %149 = "stablehlo.reshape"(%arg1) : (tensor<1x17x64xf32>) -> tensor<17x64xf32>
    %150 = "stablehlo.broadcast_in_dim"(%149) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<17x64xf32>) -> tensor<2x17x64xf32>
    %151 = stablehlo.add %148, %150 : tensor<2x17x64xf32>
    %152 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %153 = "stablehlo.reduce"(%151, %152) ({
    ^bb0(%154: tensor<f32>, %155: tensor<f32>):
      %156 = stablehlo.add %154, %155 : tensor<f32>
      "stablehlo.return"(%156) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %157 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %158 = "stablehlo.broadcast_in_dim"(%157) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %159 = stablehlo.multiply %153, %158 : tensor<2x17xf32>
    %160 = "stablehlo.reshape"(%159) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %161 = "stablehlo.reshape"(%160) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %162 = "stablehlo.broadcast_in_dim"(%161) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %163 = stablehlo.subtract %151, %162 : tensor<2x17x64xf32>
    %164 = stablehlo.multiply %163, %163 : tensor<2x17x64xf32>
    %165 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %166 = "stablehlo.reduce"(%164, %165) ({
    ^bb0(%167: tensor<f32>, %168: tensor<f32>):
      %169 = stablehlo.add %167, %168 : tensor<f32>
      "stablehlo.return"(%169) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %170 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %171 = "stablehlo.broadcast_in_dim"(%170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %172 = stablehlo.multiply %166, %171 : tensor<2x17xf32>
    %173 = "stablehlo.reshape"(%172) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %174 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %175 = "stablehlo.broadcast_in_dim"(%174) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %176 = stablehlo.add %173, %175 : tensor<2x17x1xf32>
    %177 = stablehlo.rsqrt %176 : tensor<2x17x1xf32>
    %178 = "stablehlo.reshape"(%177) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %179 = "stablehlo.broadcast_in_dim"(%178) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %180 = stablehlo.multiply %163, %179 : tensor<2x17x64xf32>
    %181 = "stablehlo.broadcast_in_dim"(%arg4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %182 = stablehlo.multiply %180, %181 : tensor<2x17x64xf32>
    %183 = "stablehlo.broadcast_in_dim"(%arg5) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %184 = stablehlo.add %182, %183 : tensor<2x17x64xf32>
    %185 = "stablehlo.dot_general"(%184, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %186 = "stablehlo.broadcast_in_dim"(%arg7) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %187 = stablehlo.add %185, %186 : tensor<2x17x64xf32>
    %188 = "stablehlo.reshape"(%187) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %189 = "stablehlo.transpose"(%188) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %190 = "stablehlo.dot_general"(%184, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %191 = "stablehlo.broadcast_in_dim"(%arg9) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %192 = stablehlo.add %190, %191 : tensor<2x17x64xf32>
    %193 = "stablehlo.reshape"(%192) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %194 = "stablehlo.transpose"(%193) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %195 = "stablehlo.dot_general"(%184, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %196 = "stablehlo.broadcast_in_dim"(%arg11) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %197 = stablehlo.add %195, %196 : tensor<2x17x64xf32>
    %198 = "stablehlo.reshape"(%197) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %199 = "stablehlo.transpose"(%198) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %200 = "stablehlo.dot_general"(%189, %194) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %201 = stablehlo.constant dense<2.5e-1> : tensor<f32>
    %202 = "stablehlo.broadcast_in_dim"(%201) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4x17x17xf32>
    %203 = stablehlo.multiply %200, %202 : tensor<2x4x17x17xf32>
    %204 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %205 = "stablehlo.reduce"(%203, %204) ({
    ^bb0(%206: tensor<f32>, %207: tensor<f32>):
      %208 = stablehlo.maximum %206, %207 : tensor<f32>
      "stablehlo.return"(%208) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %209 = "stablehlo.reshape"(%205) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %210 = "stablehlo.reshape"(%209) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %211 = "stablehlo.broadcast_in_dim"(%210) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %212 = stablehlo.subtract %203, %211 : tensor<2x4x17x17xf32>
    %213 = stablehlo.exponential %212 : tensor<2x4x17x17xf32>
    %214 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %215 = "stablehlo.reduce"(%213, %214) ({
    ^bb0(%216: tensor<f32>, %217: tensor<f32>):
      %218 = stablehlo.add %216, %217 : tensor<f32>
      "stablehlo.return"(%218) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %219 = "stablehlo.reshape"(%215) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %220 = "stablehlo.reshape"(%219) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %221 = "stablehlo.broadcast_in_dim"(%220) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %222 = stablehlo.divide %213, %221 : tensor<2x4x17x17xf32>
    %223 = "stablehlo.dot_general"(%222, %199) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %224 = "stablehlo.transpose"(%223) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %225 = "stablehlo.reshape"(%224) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %226 = "stablehlo.dot_general"(%225, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %227 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %228 = stablehlo.add %226, %227 : tensor<2x17x64xf32>
    %229 = stablehlo.add %151, %228 : tensor<2x17x64xf32>
    %230 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %231 = "stablehlo.reduce"(%229, %230) ({
    ^bb0(%232: tensor<f32>, %233: tensor<f32>):
      %234 = stablehlo.add %232, %233 : tensor<f32>
      "stablehlo.return"(%234) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %235 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %236 = "stablehlo.broadcast_in_dim"(%235) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %237 = stablehlo.multiply %231, %236 : tensor<2x17xf32>
    %238 = "stablehlo.reshape"(%237) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %239 = "stablehlo.reshape"(%238) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %240 = "stablehlo.broadcast_in_dim"(%239) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %241 = stablehlo.subtract %229, %240 : tensor<2x17x64xf32>
    %242 = stablehlo.multiply %241, %241 : tensor<2x17x64xf32>
    %243 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %244 = "stablehlo.reduce"(%242, %243) ({
    ^bb0(%245: tensor<f32>, %246: tensor<f32>):
      %247 = stablehlo.add %245, %246 : tensor<f32>
      "stablehlo.return"(%247) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %248 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %249 = "stablehlo.broadcast_in_dim"(%248) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %250 = stablehlo.multiply %244, %249 : tensor<2x17xf32>
    %251 = "stablehlo.reshape"(%250) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %252 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %253 = "stablehlo.broadcast_in_dim"(%252) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %254 = stablehlo.add %251, %253 : tensor<2x17x1xf32>
    %255 = stablehlo.rsqrt %254 : tensor<2x17x1xf32>
    %256 = "stablehlo.reshape"(%255) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %257 = "stablehlo.broadcast_in_dim"(%256) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %258 = stablehlo.multiply %241, %257 : tensor<2x17x64xf32>
    %259 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<2x17x64xf32>
    %261 = "stablehlo.broadcast_in_dim"(%arg15) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %262 = stablehlo.add %260, %261 : tensor<2x17x64xf32>
    %263 = "stablehlo.dot_general"(%262, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<128x64xf32>) -> tensor<2x17x128xf32>
    %264 = "stablehlo.broadcast_in_dim"(%arg17) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<2x17x128xf32>
    %265 = stablehlo.add %263, %264 : tensor<2x17x128xf32>
    %266 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %267 = "stablehlo.broadcast_in_dim"(%266) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %268 = stablehlo.multiply %265, %267 : tensor<2x17x128xf32>
    %269 = "chlo.erf"(%268) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %270 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %271 = "stablehlo.broadcast_in_dim"(%270) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %272 = stablehlo.add %269, %271 : tensor<2x17x128xf32>
    %273 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %274 = "stablehlo.broadcast_in_dim"(%273) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %275 = stablehlo.multiply %272, %274 : tensor<2x17x128xf32>
    %276 = stablehlo.multiply %265, %275 : tensor<2x17x128xf32>
    %277 = "stablehlo.dot_general"(%276, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x128xf32>, tensor<64x128xf32>) -> tensor<2x17x64xf32>
    %278 = "stablehlo.broadcast_in_dim"(%arg19) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %279 = stablehlo.add %277, %278 : tensor<2x17x64xf32>
    %280 = stablehlo.add %229, %279 : tensor<2x17x64xf32>
    %281 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %282 = "stablehlo.reduce"(%280, %281) ({
    ^bb0(%283: tensor<f32>, %284: tensor<f32>):
      %285 = stablehlo.add %283, %284 : tensor<f32>
      "stablehlo.return"(%285) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %286 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %287 = "stablehlo.broadcast_in_dim"(%286) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %288 = stablehlo.multiply %282, %287 : tensor<2x17xf32>
    %289 = "stablehlo.reshape"(%288) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %290 = "stablehlo.reshape"(%289) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %291 = "stablehlo.broadcast_in_dim"(%290) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %292 = stablehlo.subtract %280, %291 : tensor<2x17x64xf32>
    %293 = stablehlo.multiply %292, %292 : tensor<2x17x64xf32>
    %294 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %295 = "stablehlo.reduce"(%293, %294) ({
    ^bb0(%296: tensor<f32>, %297: tensor<f32>):
      %298 = stablehlo.add %296, %297 : tensor<f32>
      "stablehlo.return"(%298) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %299 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %300 = "stablehlo.broadcast_in_dim"(%299) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %301 = stablehlo.multiply %295, %300 : tensor<2x17xf32>
    %302 = "stablehlo.reshape"(%301) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %303 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %304 = "stablehlo.broadcast_in_dim"(%303) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %305 = stablehlo.add %302, %304 : tensor<2x17x1xf32>
    %306 = stablehlo.rsqrt %305 : tensor<2x17x1xf32>
    %307 = "stablehlo.reshape"(%306) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %308 = "stablehlo.broadcast_in_dim"(%307) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %309 = stablehlo.multiply %292, %308 : tensor<2x17x64xf32>
    %310 = "stablehlo.broadcast_in_dim"(%arg20) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %311 = stablehlo.multiply %309, %310 : tensor<2x17x64xf32>
    %312 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %313 = stablehlo.add %311, %312 : tensor<2x17x64xf32>
    %314 = "stablehlo.dot_general"(%313, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %315 = "stablehlo.broadcast_in_dim"(%arg23) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %316 = stablehlo.add %314, %315 : tensor<2x17x64xf32>
    %317 = "stablehlo.reshape"(%316) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %318 = "stablehlo.transpose"(%317) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %319 = "stablehlo.dot_general"(%313, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %320 = "stablehlo.broadcast_in_dim"(%arg25) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %321 = stablehlo.add %319, %320 : tensor<2x17x64xf32>
    %322 = "stablehlo.reshape"(%321) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %323 = "stablehlo.transpose"(%322) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %324 = "stablehlo.dot_general"(%313, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %325 = "stablehlo.broadcast_in_dim"(%arg27) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %326 = stablehlo.add %324, %325 : tensor<2x17x64xf32>
    %327 = "stablehlo.reshape"(%326) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %328 = "stablehlo.transpose"(%327) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %329 = "stablehlo.dot_general"(%318, %323) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %330 = stablehlo.constant dense<2.5e-1> : tensor<f32>
    %331 = "stablehlo.broadcast_in_dim"(%330) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4x17x17xf32>
    %332 = stablehlo.multiply %329, %331 : tensor<2x4x17x17xf32>
    %333 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %334 = "stablehlo.reduce"(%332, %333) ({
    ^bb0(%335: tensor<f32>, %336: tensor<f32>):
      %337 = stablehlo.maximum %335, %336 : tensor<f32>
      "stablehlo.return"(%337) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %338 = "stablehlo.reshape"(%334) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %339 = "stablehlo.reshape"(%338) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %340 = "stablehlo.broadcast_in_dim"(%339) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %341 = stablehlo.subtract %332, %340 : tensor<2x4x17x17xf32>
    %342 = stablehlo.exponential %341 : tensor<2x4x17x17xf32>
    %343 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %344 = "stablehlo.reduce"(%342, %343) ({
    ^bb0(%345: tensor<f32>, %346: tensor<f32>):
      %347 = stablehlo.add %345, %346 : tensor<f32>
      "stablehlo.return"(%347) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %348 = "stablehlo.reshape"(%344) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %349 = "stablehlo.reshape"(%348) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %350 = "stablehlo.broadcast_in_dim"(%349) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %351 = stablehlo.divide %342, %350 : tensor<2x4x17x17xf32>
    %352 = "stablehlo.dot_general"(%351, %328) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %353 = "stablehlo.transpose"(%352) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %354 = "stablehlo.reshape"(%353) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %355 = "stablehlo.dot_general"(%354, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %356 = "stablehlo.broadcast_in_dim"(%arg29) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %357 = stablehlo.add %355, %356 : tensor<2x17x64xf32>
    %358 = stablehlo.add %280, %357 : tensor<2x17x64xf32>
    %359 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %360 = "stablehlo.reduce"(%358, %359) ({
    ^bb0(%361: tensor<f32>, %362: tensor<f32>):
      %363 = stablehlo.add %361, %362 : tensor<f32>
      "stablehlo.return"(%363) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %364 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %365 = "stablehlo.broadcast_in_dim"(%364) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %366 = stablehlo.multiply %360, %365 : tensor<2x17xf32>
    %367 = "stablehlo.reshape"(%366) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %368 = "stablehlo.reshape"(%367) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %369 = "stablehlo.broadcast_in_dim"(%368) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %370 = stablehlo.subtract %358, %369 : tensor<2x17x64xf32>
    %371 = stablehlo.multiply %370, %370 : tensor<2x17x64xf32>
    %372 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %373 = "stablehlo.reduce"(%371, %372) ({
    ^bb0(%374: tensor<f32>, %375: tensor<f32>):
      %376 = stablehlo.add %374, %375 : tensor<f32>
      "stablehlo.return"(%376) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %377 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %378 = "stablehlo.broadcast_in_dim"(%377) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %379 = stablehlo.multiply %373, %378 : tensor<2x17xf32>
    %380 = "stablehlo.reshape"(%379) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %381 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %382 = "stablehlo.broadcast_in_dim"(%381) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %383 = stablehlo.add %380, %382 : tensor<2x17x1xf32>
    %384 = stablehlo.rsqrt %383 : tensor<2x17x1xf32>
    %385 = "stablehlo.reshape"(%384) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %386 = "stablehlo.broadcast_in_dim"(%385) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %387 = stablehlo.multiply %370, %386 : tensor<2x17x64xf32>
    %388 = "stablehlo.broadcast_in_dim"(%arg30) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %389 = stablehlo.multiply %387, %388 : tensor<2x17x64xf32>
    %390 = "stablehlo.broadcast_in_dim"(%arg31) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %391 = stablehlo.add %389, %390 : tensor<2x17x64xf32>
    %392 = "stablehlo.dot_general"(%391, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x64xf32>, tensor<128x64xf32>) -> tensor<2x17x128xf32>
    %393 = "stablehlo.broadcast_in_dim"(%arg33) {broadcast_dimensions = array<i64: 2>} : (tensor<128xf32>) -> tensor<2x17x128xf32>
    %394 = stablehlo.add %392, %393 : tensor<2x17x128xf32>
    %395 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %396 = "stablehlo.broadcast_in_dim"(%395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %397 = stablehlo.multiply %394, %396 : tensor<2x17x128xf32>
    %398 = "chlo.erf"(%397) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %399 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %400 = "stablehlo.broadcast_in_dim"(%399) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %401 = stablehlo.add %398, %400 : tensor<2x17x128xf32>
    %402 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %403 = "stablehlo.broadcast_in_dim"(%402) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %404 = stablehlo.multiply %401, %403 : tensor<2x17x128xf32>
    %405 = stablehlo.multiply %394, %404 : tensor<2x17x128xf32>
    %406 = "stablehlo.dot_general"(%405, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x17x128xf32>, tensor<64x128xf32>) -> tensor<2x17x64xf32>
    %407 = "stablehlo.broadcast_in_dim"(%arg35) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %408 = stablehlo.add %406, %407 : tensor<2x17x64xf32>
    %409 = stablehlo.add %358, %408 : tensor<2x17x64xf32>
    %410 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %411 = "stablehlo.reduce"(%409, %410) ({
    ^bb0(%412: tensor<f32>, %413: tensor<f32>):
      %414 = stablehlo.add %412, %413 : tensor<f32>
      "stablehlo.return"(%414) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %415 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %416 = "stablehlo.broadcast_in_dim"(%415) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %417 = stablehlo.multiply %411, %416 : tensor<2x17xf32>
    %418 = "stablehlo.reshape"(%417) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %419 = "stablehlo.reshape"(%418) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %420 = "stablehlo.broadcast_in_dim"(%419) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %421 = stablehlo.subtract %409, %420 : tensor<2x17x64xf32>
    %422 = stablehlo.multiply %421, %421 : tensor<2x17x64xf32>
    %423 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %424 = "stablehlo.reduce"(%422, %423) ({
    ^bb0(%425: tensor<f32>, %426: tensor<f32>):
      %427 = stablehlo.add %425, %426 : tensor<f32>
      "stablehlo.return"(%427) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %428 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %429 = "stablehlo.broadcast_in_dim"(%428) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %430 = stablehlo.multiply %424, %429 : tensor<2x17xf32>
    %431 = "stablehlo.reshape"(%430) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %432 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %433 = "stablehlo.broadcast_in_dim"(%432) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %434 = stablehlo.add %431, %433 : tensor<2x17x1xf32>
    %435 = stablehlo.rsqrt %434 : tensor<2x17x1xf32>
    %436 = "stablehlo.reshape"(%435) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %437 = "stablehlo.broadcast_in_dim"(%436) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %438 = stablehlo.multiply %421, %437 : tensor<2x17x64xf32>
    %439 = "stablehlo.broadcast_in_dim"(%arg36) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %440 = stablehlo.multiply %438, %439 : tensor<2x17x64xf32>
    %441 = "stablehlo.broadcast_in_dim"(%arg37) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %442 = stablehlo.add %440, %441 : tensor<2x17x64xf32>
    %443 = "stablehlo.slice"(%442) {limit_indices = array<i64: 2, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x1x64xf32>
    %444 = "stablehlo.reshape"(%443) : (tensor<2x1x64xf32>) -> tensor<2x64xf32>
    %445 = "stablehlo.dot_general"(%444, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<2x64xf32>, tensor<5x64xf32>) -> tensor<2x5xf32>
    %446 = "stablehlo.broadcast_in_dim"(%arg39) {broadcast_dimensions = array<i64: 1>} : (tensor<5xf32>) -> tensor<2x5xf32>
    %447 = stablehlo.add %445, %446 : tensor<2x5xf32>
    %448 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x5xi32>
    %449 = "stablehlo.broadcast_in_dim"(%arg122) {broadcast_dimensions = array<i64: 0>} : (tensor<2xi32>) -> tensor<2x5xi32>
    %450 = "stablehlo.compare"(%448, %449) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x5xi32>, tensor<2x5xi32>) -> tensor<2x5xi1>
    %451 = "stablehlo.convert"(%450) : (tensor<2x5xi1>) -> tensor<2x5xf32>
    %452 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %453 = "stablehlo.reduce"(%447, %452) ({
    ^bb0(%454: tensor<f32>, %455: tensor<f32>):
      %456 = stablehlo.maximum %454, %455 : tensor<f32>
      "stablehlo.return"(%456) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %457 = "stablehlo.reshape"(%453) : (tensor<2xf32>) -> tensor<2x1xf32>
    %458 = "stablehlo.reshape"(%457) : (tensor<2x1xf32>) -> tensor<2xf32>
    %459 = "stablehlo.broadcast_in_dim"(%458) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %460 = stablehlo.subtract %447, %459 : tensor<2x5xf32>
    %461 = stablehlo.exponential %460 : tensor<2x5xf32>
    %462 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %463 = "stablehlo.reduce"(%461, %462) ({
    ^bb0(%464: tensor<f32>, %465: tensor<f32>):
      %466 = stablehlo.add %464, %465 : tensor<f32>
      "stablehlo.return"(%466) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %467 = "stablehlo.reshape"(%463) : (tensor<2xf32>) -> tensor<2x1xf32>
    %468 = stablehlo.log %467 : tensor<2x1xf32>
    %469 = "stablehlo.reshape"(%468) : (tensor<2x1xf32>) -> tensor<2xf32>
    %470 = "stablehlo.broadcast_in_dim"(%469) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %471 = stablehlo.subtract %460, %470 : tensor<2x5xf32>
    %472 = stablehlo.multiply %471, %451 : tensor<2x5xf32>
    %473 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %474 = "stablehlo.reduce"(%472, %473) ({
    ^bb0(%475: tensor<f32>, %476: tensor<f32>):
      %477 = stablehlo.add %475, %476 : tensor<f32>
      "stablehlo.return"(%477) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %478 = stablehlo.negate %474 : tensor<2xf32>
    %479 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %480 = "stablehlo.reduce"(%478, %479) ({
    ^bb0(%481: tensor<f32>, %482: tensor<f32>):
      %483 = stablehlo.add %481, %482 : tensor<f32>
      "stablehlo.return"(%483) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %484 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %485 = stablehlo.multiply %480, %484 : tensor<f32>
    %486 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x5xi32>
    %487 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %488 = stablehlo.constant dense<0> : tensor<i32>
    %489:2 = "stablehlo.reduce"(%447, %486, %487, %488) ({
    ^bb0(%490: tensor<f32>, %491: tensor<i32>, %492: tensor<f32>, %493: tensor<i32>):
      %494 = "stablehlo.compare"(%490, %490) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %495 = "stablehlo.compare"(%492, %492) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %496 = "stablehlo.compare"(%491, %493) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %497 = stablehlo.not %495 : tensor<i1>
      %498 = stablehlo.and %494, %497 : tensor<i1>
      %499 = stablehlo.and %494, %495 : tensor<i1>
      %500 = stablehlo.and %499, %496 : tensor<i1>
      %501 = stablehlo.or %498, %500 : tensor<i1>
      %502 = "stablehlo.compare"(%490, %492) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %503 = stablehlo.or %501, %502 : tensor<i1>
      %504 = "stablehlo.compare"(%490, %492) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %505 = stablehlo.and %504, %496 : tensor<i1>
      %506 = stablehlo.or %503, %505 : tensor<i1>
      %507 = "stablehlo.select"(%506, %490, %492) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %508 = "stablehlo.select"(%506, %491, %493) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%507, %508) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<2x5xi32>, tensor<f32>, tensor<i32>) -> (tensor<2xf32>, tensor<2xi32>)
    %509 = "stablehlo.compare"(%489#1, %arg122) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi1>
    %510 = "stablehlo.convert"(%509) : (tensor<2xi1>) -> tensor<2xf32>
    %511 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %512 = "stablehlo.reduce"(%510, %511) ({
    ^bb0(%513: tensor<f32>, %514: tensor<f32>):
      %515 = stablehlo.add %513, %514 : tensor<f32>
      "stablehlo.return"(%515) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %516 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %517 = "stablehlo.broadcast_in_dim"(%516) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %518 = stablehlo.multiply %517, %484 : tensor<f32>
    %519 = "stablehlo.broadcast_in_dim"(%518) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %520 = stablehlo.negate %519 : tensor<2xf32>
    %521 = "stablehlo.broadcast_in_dim"(%520) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %522 = stablehlo.multiply %521, %451 : tensor<2x5xf32>
    %523 = stablehlo.negate %522 : tensor<2x5xf32>
    %524 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %525 = "stablehlo.reduce"(%523, %524) ({
    ^bb0(%526: tensor<f32>, %527: tensor<f32>):
      %528 = stablehlo.add %526, %527 : tensor<f32>
      "stablehlo.return"(%528) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %529 = "stablehlo.reshape"(%525) : (tensor<2xf32>) -> tensor<2x1xf32>
    %530 = stablehlo.divide %529, %467 : tensor<2x1xf32>
    %531 = "stablehlo.reshape"(%530) : (tensor<2x1xf32>) -> tensor<2xf32>
    %532 = "stablehlo.broadcast_in_dim"(%531) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x5xf32>
    %533 = stablehlo.multiply %532, %461 : tensor<2x5xf32>
    %534 = stablehlo.add %522, %533 : tensor<2x5xf32>
    %535 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %536 = "stablehlo.reduce"(%534, %535) ({
    ^bb0(%537: tensor<f32>, %538: tensor<f32>):
      %539 = stablehlo.add %537, %538 : tensor<f32>
      "stablehlo.return"(%539) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x5xf32>, tensor<f32>) -> tensor<5xf32>
    %540 = "stablehlo.dot_general"(%534, %arg38) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x5xf32>, tensor<5x64xf32>) -> tensor<2x64xf32>
    %541 = "stablehlo.dot_general"(%534, %444) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x5xf32>, tensor<2x64xf32>) -> tensor<5x64xf32>
    %542 = "stablehlo.reshape"(%540) : (tensor<2x64xf32>) -> tensor<2x1x64xf32>
    %543 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %544 = "stablehlo.pad"(%542, %543) {edge_padding_high = array<i64: 0, 16, 0>, edge_padding_low = array<i64: 0, 0, 0>, interior_padding = array<i64: 0, 0, 0>} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x17x64xf32>
    %545 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %546 = "stablehlo.reduce"(%409, %545) ({
    ^bb0(%547: tensor<f32>, %548: tensor<f32>):
      %549 = stablehlo.add %547, %548 : tensor<f32>
      "stablehlo.return"(%549) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %550 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %551 = "stablehlo.broadcast_in_dim"(%550) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %552 = stablehlo.multiply %546, %551 : tensor<2x17xf32>
    %553 = "stablehlo.reshape"(%552) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %554 = "stablehlo.reshape"(%553) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %555 = "stablehlo.broadcast_in_dim"(%554) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %556 = stablehlo.subtract %409, %555 : tensor<2x17x64xf32>
    %557 = stablehlo.multiply %556, %556 : tensor<2x17x64xf32>
    %558 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %559 = "stablehlo.reduce"(%557, %558) ({
    ^bb0(%560: tensor<f32>, %561: tensor<f32>):
      %562 = stablehlo.add %560, %561 : tensor<f32>
      "stablehlo.return"(%562) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %563 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %564 = "stablehlo.broadcast_in_dim"(%563) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %565 = stablehlo.multiply %559, %564 : tensor<2x17xf32>
    %566 = "stablehlo.reshape"(%565) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %567 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %568 = "stablehlo.broadcast_in_dim"(%567) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %569 = stablehlo.add %566, %568 : tensor<2x17x1xf32>
    %570 = stablehlo.rsqrt %569 : tensor<2x17x1xf32>
    %571 = "stablehlo.reshape"(%570) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %572 = "stablehlo.broadcast_in_dim"(%571) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %573 = stablehlo.multiply %556, %572 : tensor<2x17x64xf32>
    %574 = "stablehlo.broadcast_in_dim"(%arg36) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %575 = stablehlo.multiply %544, %574 : tensor<2x17x64xf32>
    %576 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %577 = "stablehlo.reduce"(%575, %576) ({
    ^bb0(%578: tensor<f32>, %579: tensor<f32>):
      %580 = stablehlo.add %578, %579 : tensor<f32>
      "stablehlo.return"(%580) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %581 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %582 = "stablehlo.broadcast_in_dim"(%581) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %583 = stablehlo.multiply %577, %582 : tensor<2x17xf32>
    %584 = "stablehlo.reshape"(%583) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %585 = "stablehlo.reshape"(%584) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %586 = "stablehlo.broadcast_in_dim"(%585) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %587 = stablehlo.subtract %575, %586 : tensor<2x17x64xf32>
    %588 = stablehlo.multiply %575, %573 : tensor<2x17x64xf32>
    %589 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %590 = "stablehlo.reduce"(%588, %589) ({
    ^bb0(%591: tensor<f32>, %592: tensor<f32>):
      %593 = stablehlo.add %591, %592 : tensor<f32>
      "stablehlo.return"(%593) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %594 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %595 = "stablehlo.broadcast_in_dim"(%594) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %596 = stablehlo.multiply %590, %595 : tensor<2x17xf32>
    %597 = "stablehlo.reshape"(%596) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %598 = "stablehlo.reshape"(%597) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %599 = "stablehlo.broadcast_in_dim"(%598) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %600 = stablehlo.multiply %573, %599 : tensor<2x17x64xf32>
    %601 = stablehlo.subtract %587, %600 : tensor<2x17x64xf32>
    %602 = "stablehlo.reshape"(%570) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %603 = "stablehlo.broadcast_in_dim"(%602) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %604 = stablehlo.multiply %601, %603 : tensor<2x17x64xf32>
    %605 = stablehlo.multiply %544, %573 : tensor<2x17x64xf32>
    %606 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %607 = "stablehlo.reduce"(%605, %606) ({
    ^bb0(%608: tensor<f32>, %609: tensor<f32>):
      %610 = stablehlo.add %608, %609 : tensor<f32>
      "stablehlo.return"(%610) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %611 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %612 = "stablehlo.reduce"(%544, %611) ({
    ^bb0(%613: tensor<f32>, %614: tensor<f32>):
      %615 = stablehlo.add %613, %614 : tensor<f32>
      "stablehlo.return"(%615) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %616 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %617 = "stablehlo.reduce"(%604, %616) ({
    ^bb0(%618: tensor<f32>, %619: tensor<f32>):
      %620 = stablehlo.add %618, %619 : tensor<f32>
      "stablehlo.return"(%620) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %621 = "stablehlo.dot_general"(%604, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x128xf32>) -> tensor<2x17x128xf32>
    %622 = "stablehlo.dot_general"(%604, %405) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x128xf32>) -> tensor<64x128xf32>
    %623 = stablehlo.multiply %394, %394 : tensor<2x17x128xf32>
    %624 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %625 = "stablehlo.broadcast_in_dim"(%624) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %626 = stablehlo.multiply %623, %625 : tensor<2x17x128xf32>
    %627 = stablehlo.exponential %626 : tensor<2x17x128xf32>
    %628 = stablehlo.constant dense<3.989422804014327e-1> : tensor<f32>
    %629 = "stablehlo.broadcast_in_dim"(%628) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %630 = stablehlo.multiply %627, %629 : tensor<2x17x128xf32>
    %631 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %632 = "stablehlo.broadcast_in_dim"(%631) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %633 = stablehlo.multiply %394, %632 : tensor<2x17x128xf32>
    %634 = "chlo.erf"(%633) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %635 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %636 = "stablehlo.broadcast_in_dim"(%635) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %637 = stablehlo.add %634, %636 : tensor<2x17x128xf32>
    %638 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %639 = "stablehlo.broadcast_in_dim"(%638) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %640 = stablehlo.multiply %637, %639 : tensor<2x17x128xf32>
    %641 = stablehlo.multiply %394, %630 : tensor<2x17x128xf32>
    %642 = stablehlo.add %640, %641 : tensor<2x17x128xf32>
    %643 = stablehlo.multiply %621, %642 : tensor<2x17x128xf32>
    %644 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %645 = "stablehlo.reduce"(%643, %644) ({
    ^bb0(%646: tensor<f32>, %647: tensor<f32>):
      %648 = stablehlo.add %646, %647 : tensor<f32>
      "stablehlo.return"(%648) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x128xf32>, tensor<f32>) -> tensor<128xf32>
    %649 = "stablehlo.dot_general"(%643, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x128xf32>, tensor<128x64xf32>) -> tensor<2x17x64xf32>
    %650 = "stablehlo.dot_general"(%643, %391) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x128xf32>, tensor<2x17x64xf32>) -> tensor<128x64xf32>
    %651 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %652 = "stablehlo.reduce"(%358, %651) ({
    ^bb0(%653: tensor<f32>, %654: tensor<f32>):
      %655 = stablehlo.add %653, %654 : tensor<f32>
      "stablehlo.return"(%655) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %656 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %657 = "stablehlo.broadcast_in_dim"(%656) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %658 = stablehlo.multiply %652, %657 : tensor<2x17xf32>
    %659 = "stablehlo.reshape"(%658) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %660 = "stablehlo.reshape"(%659) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %661 = "stablehlo.broadcast_in_dim"(%660) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %662 = stablehlo.subtract %358, %661 : tensor<2x17x64xf32>
    %663 = stablehlo.multiply %662, %662 : tensor<2x17x64xf32>
    %664 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %665 = "stablehlo.reduce"(%663, %664) ({
    ^bb0(%666: tensor<f32>, %667: tensor<f32>):
      %668 = stablehlo.add %666, %667 : tensor<f32>
      "stablehlo.return"(%668) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %669 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %670 = "stablehlo.broadcast_in_dim"(%669) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %671 = stablehlo.multiply %665, %670 : tensor<2x17xf32>
    %672 = "stablehlo.reshape"(%671) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %673 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %674 = "stablehlo.broadcast_in_dim"(%673) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %675 = stablehlo.add %672, %674 : tensor<2x17x1xf32>
    %676 = stablehlo.rsqrt %675 : tensor<2x17x1xf32>
    %677 = "stablehlo.reshape"(%676) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %678 = "stablehlo.broadcast_in_dim"(%677) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %679 = stablehlo.multiply %662, %678 : tensor<2x17x64xf32>
    %680 = "stablehlo.broadcast_in_dim"(%arg30) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %681 = stablehlo.multiply %649, %680 : tensor<2x17x64xf32>
    %682 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %683 = "stablehlo.reduce"(%681, %682) ({
    ^bb0(%684: tensor<f32>, %685: tensor<f32>):
      %686 = stablehlo.add %684, %685 : tensor<f32>
      "stablehlo.return"(%686) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %687 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %688 = "stablehlo.broadcast_in_dim"(%687) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %689 = stablehlo.multiply %683, %688 : tensor<2x17xf32>
    %690 = "stablehlo.reshape"(%689) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %691 = "stablehlo.reshape"(%690) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %692 = "stablehlo.broadcast_in_dim"(%691) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %693 = stablehlo.subtract %681, %692 : tensor<2x17x64xf32>
    %694 = stablehlo.multiply %681, %679 : tensor<2x17x64xf32>
    %695 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %696 = "stablehlo.reduce"(%694, %695) ({
    ^bb0(%697: tensor<f32>, %698: tensor<f32>):
      %699 = stablehlo.add %697, %698 : tensor<f32>
      "stablehlo.return"(%699) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %700 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %701 = "stablehlo.broadcast_in_dim"(%700) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %702 = stablehlo.multiply %696, %701 : tensor<2x17xf32>
    %703 = "stablehlo.reshape"(%702) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %704 = "stablehlo.reshape"(%703) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %705 = "stablehlo.broadcast_in_dim"(%704) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %706 = stablehlo.multiply %679, %705 : tensor<2x17x64xf32>
    %707 = stablehlo.subtract %693, %706 : tensor<2x17x64xf32>
    %708 = "stablehlo.reshape"(%676) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %709 = "stablehlo.broadcast_in_dim"(%708) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %710 = stablehlo.multiply %707, %709 : tensor<2x17x64xf32>
    %711 = stablehlo.multiply %649, %679 : tensor<2x17x64xf32>
    %712 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %713 = "stablehlo.reduce"(%711, %712) ({
    ^bb0(%714: tensor<f32>, %715: tensor<f32>):
      %716 = stablehlo.add %714, %715 : tensor<f32>
      "stablehlo.return"(%716) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %717 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %718 = "stablehlo.reduce"(%649, %717) ({
    ^bb0(%719: tensor<f32>, %720: tensor<f32>):
      %721 = stablehlo.add %719, %720 : tensor<f32>
      "stablehlo.return"(%721) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %722 = stablehlo.add %604, %710 : tensor<2x17x64xf32>
    %723 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %724 = "stablehlo.reduce"(%722, %723) ({
    ^bb0(%725: tensor<f32>, %726: tensor<f32>):
      %727 = stablehlo.add %725, %726 : tensor<f32>
      "stablehlo.return"(%727) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %728 = "stablehlo.dot_general"(%722, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %729 = "stablehlo.dot_general"(%722, %354) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %730 = "stablehlo.reshape"(%728) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %731 = "stablehlo.transpose"(%730) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %732 = "stablehlo.dot_general"(%731, %328) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %733 = "stablehlo.dot_general"(%731, %351) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x16x17xf32>
    %734 = "stablehlo.transpose"(%733) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x4x16x17xf32>) -> tensor<2x4x17x16xf32>
    %735 = stablehlo.multiply %732, %351 : tensor<2x4x17x17xf32>
    %736 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %737 = "stablehlo.reduce"(%735, %736) ({
    ^bb0(%738: tensor<f32>, %739: tensor<f32>):
      %740 = stablehlo.add %738, %739 : tensor<f32>
      "stablehlo.return"(%740) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %741 = "stablehlo.reshape"(%737) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %742 = stablehlo.negate %741 : tensor<2x4x17x1xf32>
    %743 = stablehlo.multiply %351, %732 : tensor<2x4x17x17xf32>
    %744 = "stablehlo.reshape"(%742) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %745 = "stablehlo.broadcast_in_dim"(%744) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %746 = stablehlo.multiply %351, %745 : tensor<2x4x17x17xf32>
    %747 = stablehlo.add %743, %746 : tensor<2x4x17x17xf32>
    %748 = stablehlo.multiply %747, %331 : tensor<2x4x17x17xf32>
    %749 = "stablehlo.dot_general"(%748, %323) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %750 = "stablehlo.dot_general"(%748, %318) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %751 = "stablehlo.transpose"(%734) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %752 = "stablehlo.reshape"(%751) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %753 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %754 = "stablehlo.reduce"(%752, %753) ({
    ^bb0(%755: tensor<f32>, %756: tensor<f32>):
      %757 = stablehlo.add %755, %756 : tensor<f32>
      "stablehlo.return"(%757) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %758 = "stablehlo.dot_general"(%752, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %759 = "stablehlo.dot_general"(%752, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %760 = "stablehlo.transpose"(%750) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %761 = "stablehlo.reshape"(%760) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %762 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %763 = "stablehlo.reduce"(%761, %762) ({
    ^bb0(%764: tensor<f32>, %765: tensor<f32>):
      %766 = stablehlo.add %764, %765 : tensor<f32>
      "stablehlo.return"(%766) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %767 = "stablehlo.dot_general"(%761, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %768 = "stablehlo.dot_general"(%761, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %769 = stablehlo.add %758, %767 : tensor<2x17x64xf32>
    %770 = "stablehlo.transpose"(%749) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %771 = "stablehlo.reshape"(%770) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %772 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %773 = "stablehlo.reduce"(%771, %772) ({
    ^bb0(%774: tensor<f32>, %775: tensor<f32>):
      %776 = stablehlo.add %774, %775 : tensor<f32>
      "stablehlo.return"(%776) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %777 = "stablehlo.dot_general"(%771, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %778 = "stablehlo.dot_general"(%771, %313) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %779 = stablehlo.add %769, %777 : tensor<2x17x64xf32>
    %780 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %781 = "stablehlo.reduce"(%280, %780) ({
    ^bb0(%782: tensor<f32>, %783: tensor<f32>):
      %784 = stablehlo.add %782, %783 : tensor<f32>
      "stablehlo.return"(%784) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %785 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %786 = "stablehlo.broadcast_in_dim"(%785) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %787 = stablehlo.multiply %781, %786 : tensor<2x17xf32>
    %788 = "stablehlo.reshape"(%787) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %789 = "stablehlo.reshape"(%788) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %790 = "stablehlo.broadcast_in_dim"(%789) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %791 = stablehlo.subtract %280, %790 : tensor<2x17x64xf32>
    %792 = stablehlo.multiply %791, %791 : tensor<2x17x64xf32>
    %793 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %794 = "stablehlo.reduce"(%792, %793) ({
    ^bb0(%795: tensor<f32>, %796: tensor<f32>):
      %797 = stablehlo.add %795, %796 : tensor<f32>
      "stablehlo.return"(%797) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %798 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %799 = "stablehlo.broadcast_in_dim"(%798) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %800 = stablehlo.multiply %794, %799 : tensor<2x17xf32>
    %801 = "stablehlo.reshape"(%800) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %802 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %803 = "stablehlo.broadcast_in_dim"(%802) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %804 = stablehlo.add %801, %803 : tensor<2x17x1xf32>
    %805 = stablehlo.rsqrt %804 : tensor<2x17x1xf32>
    %806 = "stablehlo.reshape"(%805) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %807 = "stablehlo.broadcast_in_dim"(%806) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %808 = stablehlo.multiply %791, %807 : tensor<2x17x64xf32>
    %809 = "stablehlo.broadcast_in_dim"(%arg20) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %810 = stablehlo.multiply %779, %809 : tensor<2x17x64xf32>
    %811 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %812 = "stablehlo.reduce"(%810, %811) ({
    ^bb0(%813: tensor<f32>, %814: tensor<f32>):
      %815 = stablehlo.add %813, %814 : tensor<f32>
      "stablehlo.return"(%815) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %816 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %817 = "stablehlo.broadcast_in_dim"(%816) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %818 = stablehlo.multiply %812, %817 : tensor<2x17xf32>
    %819 = "stablehlo.reshape"(%818) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %820 = "stablehlo.reshape"(%819) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %821 = "stablehlo.broadcast_in_dim"(%820) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %822 = stablehlo.subtract %810, %821 : tensor<2x17x64xf32>
    %823 = stablehlo.multiply %810, %808 : tensor<2x17x64xf32>
    %824 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %825 = "stablehlo.reduce"(%823, %824) ({
    ^bb0(%826: tensor<f32>, %827: tensor<f32>):
      %828 = stablehlo.add %826, %827 : tensor<f32>
      "stablehlo.return"(%828) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %829 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %830 = "stablehlo.broadcast_in_dim"(%829) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %831 = stablehlo.multiply %825, %830 : tensor<2x17xf32>
    %832 = "stablehlo.reshape"(%831) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %833 = "stablehlo.reshape"(%832) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %834 = "stablehlo.broadcast_in_dim"(%833) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %835 = stablehlo.multiply %808, %834 : tensor<2x17x64xf32>
    %836 = stablehlo.subtract %822, %835 : tensor<2x17x64xf32>
    %837 = "stablehlo.reshape"(%805) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %838 = "stablehlo.broadcast_in_dim"(%837) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %839 = stablehlo.multiply %836, %838 : tensor<2x17x64xf32>
    %840 = stablehlo.multiply %779, %808 : tensor<2x17x64xf32>
    %841 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %842 = "stablehlo.reduce"(%840, %841) ({
    ^bb0(%843: tensor<f32>, %844: tensor<f32>):
      %845 = stablehlo.add %843, %844 : tensor<f32>
      "stablehlo.return"(%845) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %846 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %847 = "stablehlo.reduce"(%779, %846) ({
    ^bb0(%848: tensor<f32>, %849: tensor<f32>):
      %850 = stablehlo.add %848, %849 : tensor<f32>
      "stablehlo.return"(%850) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %851 = stablehlo.add %722, %839 : tensor<2x17x64xf32>
    %852 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %853 = "stablehlo.reduce"(%851, %852) ({
    ^bb0(%854: tensor<f32>, %855: tensor<f32>):
      %856 = stablehlo.add %854, %855 : tensor<f32>
      "stablehlo.return"(%856) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %857 = "stablehlo.dot_general"(%851, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x128xf32>) -> tensor<2x17x128xf32>
    %858 = "stablehlo.dot_general"(%851, %276) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x128xf32>) -> tensor<64x128xf32>
    %859 = stablehlo.multiply %265, %265 : tensor<2x17x128xf32>
    %860 = stablehlo.constant dense<-5.0e-1> : tensor<f32>
    %861 = "stablehlo.broadcast_in_dim"(%860) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %862 = stablehlo.multiply %859, %861 : tensor<2x17x128xf32>
    %863 = stablehlo.exponential %862 : tensor<2x17x128xf32>
    %864 = stablehlo.constant dense<3.989422804014327e-1> : tensor<f32>
    %865 = "stablehlo.broadcast_in_dim"(%864) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %866 = stablehlo.multiply %863, %865 : tensor<2x17x128xf32>
    %867 = stablehlo.constant dense<7.071067811865476e-1> : tensor<f32>
    %868 = "stablehlo.broadcast_in_dim"(%867) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %869 = stablehlo.multiply %265, %868 : tensor<2x17x128xf32>
    %870 = "chlo.erf"(%869) : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %871 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %872 = "stablehlo.broadcast_in_dim"(%871) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %873 = stablehlo.add %870, %872 : tensor<2x17x128xf32>
    %874 = stablehlo.constant dense<5.0e-1> : tensor<f32>
    %875 = "stablehlo.broadcast_in_dim"(%874) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x128xf32>
    %876 = stablehlo.multiply %873, %875 : tensor<2x17x128xf32>
    %877 = stablehlo.multiply %265, %866 : tensor<2x17x128xf32>
    %878 = stablehlo.add %876, %877 : tensor<2x17x128xf32>
    %879 = stablehlo.multiply %857, %878 : tensor<2x17x128xf32>
    %880 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %881 = "stablehlo.reduce"(%879, %880) ({
    ^bb0(%882: tensor<f32>, %883: tensor<f32>):
      %884 = stablehlo.add %882, %883 : tensor<f32>
      "stablehlo.return"(%884) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x128xf32>, tensor<f32>) -> tensor<128xf32>
    %885 = "stablehlo.dot_general"(%879, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x128xf32>, tensor<128x64xf32>) -> tensor<2x17x64xf32>
    %886 = "stablehlo.dot_general"(%879, %262) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x128xf32>, tensor<2x17x64xf32>) -> tensor<128x64xf32>
    %887 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %888 = "stablehlo.reduce"(%229, %887) ({
    ^bb0(%889: tensor<f32>, %890: tensor<f32>):
      %891 = stablehlo.add %889, %890 : tensor<f32>
      "stablehlo.return"(%891) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %892 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %893 = "stablehlo.broadcast_in_dim"(%892) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %894 = stablehlo.multiply %888, %893 : tensor<2x17xf32>
    %895 = "stablehlo.reshape"(%894) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %896 = "stablehlo.reshape"(%895) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %897 = "stablehlo.broadcast_in_dim"(%896) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %898 = stablehlo.subtract %229, %897 : tensor<2x17x64xf32>
    %899 = stablehlo.multiply %898, %898 : tensor<2x17x64xf32>
    %900 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %901 = "stablehlo.reduce"(%899, %900) ({
    ^bb0(%902: tensor<f32>, %903: tensor<f32>):
      %904 = stablehlo.add %902, %903 : tensor<f32>
      "stablehlo.return"(%904) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %905 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %906 = "stablehlo.broadcast_in_dim"(%905) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %907 = stablehlo.multiply %901, %906 : tensor<2x17xf32>
    %908 = "stablehlo.reshape"(%907) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %909 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %910 = "stablehlo.broadcast_in_dim"(%909) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %911 = stablehlo.add %908, %910 : tensor<2x17x1xf32>
    %912 = stablehlo.rsqrt %911 : tensor<2x17x1xf32>
    %913 = "stablehlo.reshape"(%912) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %914 = "stablehlo.broadcast_in_dim"(%913) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %915 = stablehlo.multiply %898, %914 : tensor<2x17x64xf32>
    %916 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %917 = stablehlo.multiply %885, %916 : tensor<2x17x64xf32>
    %918 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %919 = "stablehlo.reduce"(%917, %918) ({
    ^bb0(%920: tensor<f32>, %921: tensor<f32>):
      %922 = stablehlo.add %920, %921 : tensor<f32>
      "stablehlo.return"(%922) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %923 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %924 = "stablehlo.broadcast_in_dim"(%923) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %925 = stablehlo.multiply %919, %924 : tensor<2x17xf32>
    %926 = "stablehlo.reshape"(%925) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %927 = "stablehlo.reshape"(%926) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %928 = "stablehlo.broadcast_in_dim"(%927) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %929 = stablehlo.subtract %917, %928 : tensor<2x17x64xf32>
    %930 = stablehlo.multiply %917, %915 : tensor<2x17x64xf32>
    %931 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %932 = "stablehlo.reduce"(%930, %931) ({
    ^bb0(%933: tensor<f32>, %934: tensor<f32>):
      %935 = stablehlo.add %933, %934 : tensor<f32>
      "stablehlo.return"(%935) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %936 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %937 = "stablehlo.broadcast_in_dim"(%936) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %938 = stablehlo.multiply %932, %937 : tensor<2x17xf32>
    %939 = "stablehlo.reshape"(%938) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %940 = "stablehlo.reshape"(%939) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %941 = "stablehlo.broadcast_in_dim"(%940) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %942 = stablehlo.multiply %915, %941 : tensor<2x17x64xf32>
    %943 = stablehlo.subtract %929, %942 : tensor<2x17x64xf32>
    %944 = "stablehlo.reshape"(%912) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %945 = "stablehlo.broadcast_in_dim"(%944) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %946 = stablehlo.multiply %943, %945 : tensor<2x17x64xf32>
    %947 = stablehlo.multiply %885, %915 : tensor<2x17x64xf32>
    %948 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %949 = "stablehlo.reduce"(%947, %948) ({
    ^bb0(%950: tensor<f32>, %951: tensor<f32>):
      %952 = stablehlo.add %950, %951 : tensor<f32>
      "stablehlo.return"(%952) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %953 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %954 = "stablehlo.reduce"(%885, %953) ({
    ^bb0(%955: tensor<f32>, %956: tensor<f32>):
      %957 = stablehlo.add %955, %956 : tensor<f32>
      "stablehlo.return"(%957) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %958 = stablehlo.add %851, %946 : tensor<2x17x64xf32>
    %959 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %960 = "stablehlo.reduce"(%958, %959) ({
    ^bb0(%961: tensor<f32>, %962: tensor<f32>):
      %963 = stablehlo.add %961, %962 : tensor<f32>
      "stablehlo.return"(%963) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %964 = "stablehlo.dot_general"(%958, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %965 = "stablehlo.dot_general"(%958, %225) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %966 = "stablehlo.reshape"(%964) : (tensor<2x17x64xf32>) -> tensor<2x17x4x16xf32>
    %967 = "stablehlo.transpose"(%966) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %968 = "stablehlo.dot_general"(%967, %199) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x17xf32>
    %969 = "stablehlo.dot_general"(%967, %222) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x16xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x16x17xf32>
    %970 = "stablehlo.transpose"(%969) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x4x16x17xf32>) -> tensor<2x4x17x16xf32>
    %971 = stablehlo.multiply %968, %222 : tensor<2x4x17x17xf32>
    %972 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %973 = "stablehlo.reduce"(%971, %972) ({
    ^bb0(%974: tensor<f32>, %975: tensor<f32>):
      %976 = stablehlo.add %974, %975 : tensor<f32>
      "stablehlo.return"(%976) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x17x17xf32>, tensor<f32>) -> tensor<2x4x17xf32>
    %977 = "stablehlo.reshape"(%973) : (tensor<2x4x17xf32>) -> tensor<2x4x17x1xf32>
    %978 = stablehlo.negate %977 : tensor<2x4x17x1xf32>
    %979 = stablehlo.multiply %222, %968 : tensor<2x4x17x17xf32>
    %980 = "stablehlo.reshape"(%978) : (tensor<2x4x17x1xf32>) -> tensor<2x4x17xf32>
    %981 = "stablehlo.broadcast_in_dim"(%980) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x17xf32>) -> tensor<2x4x17x17xf32>
    %982 = stablehlo.multiply %222, %981 : tensor<2x4x17x17xf32>
    %983 = stablehlo.add %979, %982 : tensor<2x4x17x17xf32>
    %984 = stablehlo.multiply %983, %202 : tensor<2x4x17x17xf32>
    %985 = "stablehlo.dot_general"(%984, %194) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %986 = "stablehlo.dot_general"(%984, %189) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x4x17x17xf32>, tensor<2x4x17x16xf32>) -> tensor<2x4x17x16xf32>
    %987 = "stablehlo.transpose"(%970) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %988 = "stablehlo.reshape"(%987) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %989 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %990 = "stablehlo.reduce"(%988, %989) ({
    ^bb0(%991: tensor<f32>, %992: tensor<f32>):
      %993 = stablehlo.add %991, %992 : tensor<f32>
      "stablehlo.return"(%993) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %994 = "stablehlo.dot_general"(%988, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %995 = "stablehlo.dot_general"(%988, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %996 = "stablehlo.transpose"(%986) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %997 = "stablehlo.reshape"(%996) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %998 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %999 = "stablehlo.reduce"(%997, %998) ({
    ^bb0(%1000: tensor<f32>, %1001: tensor<f32>):
      %1002 = stablehlo.add %1000, %1001 : tensor<f32>
      "stablehlo.return"(%1002) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %1003 = "stablehlo.dot_general"(%997, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %1004 = "stablehlo.dot_general"(%997, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %1005 = stablehlo.add %994, %1003 : tensor<2x17x64xf32>
    %1006 = "stablehlo.transpose"(%985) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %1007 = "stablehlo.reshape"(%1006) : (tensor<2x17x4x16xf32>) -> tensor<2x17x64xf32>
    %1008 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1009 = "stablehlo.reduce"(%1007, %1008) ({
    ^bb0(%1010: tensor<f32>, %1011: tensor<f32>):
      %1012 = stablehlo.add %1010, %1011 : tensor<f32>
      "stablehlo.return"(%1012) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %1013 = "stablehlo.dot_general"(%1007, %arg6) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x17x64xf32>, tensor<64x64xf32>) -> tensor<2x17x64xf32>
    %1014 = "stablehlo.dot_general"(%1007, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<64x64xf32>
    %1015 = stablehlo.add %1005, %1013 : tensor<2x17x64xf32>
    %1016 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1017 = "stablehlo.reduce"(%151, %1016) ({
    ^bb0(%1018: tensor<f32>, %1019: tensor<f32>):
      %1020 = stablehlo.add %1018, %1019 : tensor<f32>
      "stablehlo.return"(%1020) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %1021 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %1022 = "stablehlo.broadcast_in_dim"(%1021) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %1023 = stablehlo.multiply %1017, %1022 : tensor<2x17xf32>
    %1024 = "stablehlo.reshape"(%1023) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %1025 = "stablehlo.reshape"(%1024) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %1026 = "stablehlo.broadcast_in_dim"(%1025) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %1027 = stablehlo.subtract %151, %1026 : tensor<2x17x64xf32>
    %1028 = stablehlo.multiply %1027, %1027 : tensor<2x17x64xf32>
    %1029 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1030 = "stablehlo.reduce"(%1028, %1029) ({
    ^bb0(%1031: tensor<f32>, %1032: tensor<f32>):
      %1033 = stablehlo.add %1031, %1032 : tensor<f32>
      "stablehlo.return"(%1033) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %1034 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %1035 = "stablehlo.broadcast_in_dim"(%1034) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %1036 = stablehlo.multiply %1030, %1035 : tensor<2x17xf32>
    %1037 = "stablehlo.reshape"(%1036) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %1038 = stablehlo.constant dense<1.0e-12> : tensor<f32>
    %1039 = "stablehlo.broadcast_in_dim"(%1038) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17x1xf32>
    %1040 = stablehlo.add %1037, %1039 : tensor<2x17x1xf32>
    %1041 = stablehlo.rsqrt %1040 : tensor<2x17x1xf32>
    %1042 = "stablehlo.reshape"(%1041) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %1043 = "stablehlo.broadcast_in_dim"(%1042) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %1044 = stablehlo.multiply %1027, %1043 : tensor<2x17x64xf32>
    %1045 = "stablehlo.broadcast_in_dim"(%arg4) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x17x64xf32>
    %1046 = stablehlo.multiply %1015, %1045 : tensor<2x17x64xf32>
    %1047 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1048 = "stablehlo.reduce"(%1046, %1047) ({
    ^bb0(%1049: tensor<f32>, %1050: tensor<f32>):
      %1051 = stablehlo.add %1049, %1050 : tensor<f32>
      "stablehlo.return"(%1051) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %1052 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %1053 = "stablehlo.broadcast_in_dim"(%1052) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %1054 = stablehlo.multiply %1048, %1053 : tensor<2x17xf32>
    %1055 = "stablehlo.reshape"(%1054) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %1056 = "stablehlo.reshape"(%1055) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %1057 = "stablehlo.broadcast_in_dim"(%1056) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %1058 = stablehlo.subtract %1046, %1057 : tensor<2x17x64xf32>
    %1059 = stablehlo.multiply %1046, %1044 : tensor<2x17x64xf32>
    %1060 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1061 = "stablehlo.reduce"(%1059, %1060) ({
    ^bb0(%1062: tensor<f32>, %1063: tensor<f32>):
      %1064 = stablehlo.add %1062, %1063 : tensor<f32>
      "stablehlo.return"(%1064) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<2x17xf32>
    %1065 = stablehlo.constant dense<1.5625e-2> : tensor<f32>
    %1066 = "stablehlo.broadcast_in_dim"(%1065) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x17xf32>
    %1067 = stablehlo.multiply %1061, %1066 : tensor<2x17xf32>
    %1068 = "stablehlo.reshape"(%1067) : (tensor<2x17xf32>) -> tensor<2x17x1xf32>
    %1069 = "stablehlo.reshape"(%1068) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %1070 = "stablehlo.broadcast_in_dim"(%1069) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %1071 = stablehlo.multiply %1044, %1070 : tensor<2x17x64xf32>
    %1072 = stablehlo.subtract %1058, %1071 : tensor<2x17x64xf32>
    %1073 = "stablehlo.reshape"(%1041) : (tensor<2x17x1xf32>) -> tensor<2x17xf32>
    %1074 = "stablehlo.broadcast_in_dim"(%1073) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x17xf32>) -> tensor<2x17x64xf32>
    %1075 = stablehlo.multiply %1072, %1074 : tensor<2x17x64xf32>
    %1076 = stablehlo.multiply %1015, %1044 : tensor<2x17x64xf32>
    %1077 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1078 = "stablehlo.reduce"(%1076, %1077) ({
    ^bb0(%1079: tensor<f32>, %1080: tensor<f32>):
      %1081 = stablehlo.add %1079, %1080 : tensor<f32>
      "stablehlo.return"(%1081) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %1082 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1083 = "stablehlo.reduce"(%1015, %1082) ({
    ^bb0(%1084: tensor<f32>, %1085: tensor<f32>):
      %1086 = stablehlo.add %1084, %1085 : tensor<f32>
      "stablehlo.return"(%1086) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x17x64xf32>, tensor<f32>) -> tensor<64xf32>
    %1087 = stablehlo.add %958, %1075 : tensor<2x17x64xf32>
    %1088 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1089 = "stablehlo.broadcast_in_dim"(%1088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x2xf32>
    %1090 = "stablehlo.reshape"(%1087) : (tensor<2x17x64xf32>) -> tensor<2x1088xf32>
    %1091 = "stablehlo.dot_general"(%1089, %1090) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x2xf32>, tensor<2x1088xf32>) -> tensor<2x1088xf32>
    %1092 = "stablehlo.slice"(%1091) {limit_indices = array<i64: 1, 1088>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>} : (tensor<2x1088xf32>) -> tensor<1x1088xf32>
    %1093 = "stablehlo.reshape"(%1092) : (tensor<1x1088xf32>) -> tensor<1x17x64xf32>
    %1094 = "stablehlo.slice"(%1087) {limit_indices = array<i64: 2, 1, 64>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x1x64xf32>
    %1095 = "stablehlo.slice"(%1087) {limit_indices = array<i64: 2, 17, 64>, start_indices = array<i64: 0, 1, 0>, strides = array<i64: 1, 1, 1>} : (tensor<2x17x64xf32>) -> tensor<2x16x64xf32>
    %1096 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1097 = "stablehlo.reduce"(%1094, %1096) ({
    ^bb0(%1098: tensor<f32>, %1099: tensor<f32>):
      %1100 = stablehlo.add %1098, %1099 : tensor<f32>
      "stablehlo.return"(%1100) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<1x64xf32>
    %1101 = "stablehlo.reshape"(%1097) : (tensor<1x64xf32>) -> tensor<1x1x64xf32>
    %1102 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1103 = "stablehlo.reduce"(%1095, %1102) ({
    ^bb0(%1104: tensor<f32>, %1105: tensor<f32>):
      %1106 = stablehlo.add %1104, %1105 : tensor<f32>
      "stablehlo.return"(%1106) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x16x64xf32>, tensor<f32>) -> tensor<64xf32>
    %1107 = "stablehlo.dot_general"(%1095, %141) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0, 1], rhs_contracting_dimensions = [0, 1]>} : (tensor<2x16x64xf32>, tensor<2x16x192xf32>) -> tensor<64x192xf32>
    %1108 = "stablehlo.reshape"(%1107) : (tensor<64x192xf32>) -> tensor<64x3x8x8xf32>
    %1109 = stablehlo.multiply %1101, %1101 : tensor<1x1x64xf32>
    %1110 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1111 = "stablehlo.reduce"(%1109, %1110) ({
    ^bb0(%1112: tensor<f32>, %1113: tensor<f32>):
      %1114 = stablehlo.add %1112, %1113 : tensor<f32>
      "stablehlo.return"(%1114) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<1x1x64xf32>, tensor<f32>) -> tensor<f32>
    %1115 = stablehlo.multiply %1093, %1093 : tensor<1x17x64xf32>
    %1116 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1117 = "stablehlo.reduce"(%1115, %1116) ({
    ^bb0(%1118: tensor<f32>, %1119: tensor<f32>):
      %1120 = stablehlo.add %1118, %1119 : tensor<f32>
      "stablehlo.return"(%1120) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<1x17x64xf32>, tensor<f32>) -> tensor<f32>
    %1121 = stablehlo.add %1111, %1117 : tensor<f32>
    %1122 = stablehlo.multiply %1108, %1108 : tensor<64x3x8x8xf32>
    %1123 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1124 = "stablehlo.reduce"(%1122, %1123) ({
    ^bb0(%1125: tensor<f32>, %1126: tensor<f32>):
      %1127 = stablehlo.add %1125, %1126 : tensor<f32>
      "stablehlo.return"(%1127) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<64x3x8x8xf32>, tensor<f32>) -> tensor<f32>
    %1128 = stablehlo.add %1121, %1124 : tensor<f32>
    %1129 = stablehlo.multiply %1103, %1103 : tensor<64xf32>
    %1130 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1131 = "stablehlo.reduce"(%1129, %1130) ({
    ^bb0(%1132: tensor<f32>, %1133: tensor<f32>):
      %1134 = stablehlo.add %1132, %1133 : tensor<f32>
      "stablehlo.return"(%1134) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1135 = stablehlo.add %1128, %1131 : tensor<f32>
    %1136 = stablehlo.multiply %1078, %1078 : tensor<64xf32>
    %1137 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1138 = "stablehlo.reduce"(%1136, %1137) ({
    ^bb0(%1139: tensor<f32>, %1140: tensor<f32>):
      %1141 = stablehlo.add %1139, %1140 : tensor<f32>
      "stablehlo.return"(%1141) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1142 = stablehlo.add %1135, %1138 : tensor<f32>
    %1143 = stablehlo.multiply %1083, %1083 : tensor<64xf32>
    %1144 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1145 = "stablehlo.reduce"(%1143, %1144) ({
    ^bb0(%1146: tensor<f32>, %1147: tensor<f32>):
      %1148 = stablehlo.add %1146, %1147 : tensor<f32>
      "stablehlo.return"(%1148) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1149 = stablehlo.add %1142, %1145 : tensor<f32>
    %1150 = stablehlo.multiply %1014, %1014 : tensor<64x64xf32>
    %1151 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1152 = "stablehlo.reduce"(%1150, %1151) ({
    ^bb0(%1153: tensor<f32>, %1154: tensor<f32>):
      %1155 = stablehlo.add %1153, %1154 : tensor<f32>
      "stablehlo.return"(%1155) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1156 = stablehlo.add %1149, %1152 : tensor<f32>
    %1157 = stablehlo.multiply %1009, %1009 : tensor<64xf32>
    %1158 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1159 = "stablehlo.reduce"(%1157, %1158) ({
    ^bb0(%1160: tensor<f32>, %1161: tensor<f32>):
      %1162 = stablehlo.add %1160, %1161 : tensor<f32>
      "stablehlo.return"(%1162) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1163 = stablehlo.add %1156, %1159 : tensor<f32>
    %1164 = stablehlo.multiply %1004, %1004 : tensor<64x64xf32>
    %1165 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1166 = "stablehlo.reduce"(%1164, %1165) ({
    ^bb0(%1167: tensor<f32>, %1168: tensor<f32>):
      %1169 = stablehlo.add %1167, %1168 : tensor<f32>
      "stablehlo.return"(%1169) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1170 = stablehlo.add %1163, %1166 : tensor<f32>
    %1171 = stablehlo.multiply %999, %999 : tensor<64xf32>
    %1172 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1173 = "stablehlo.reduce"(%1171, %1172) ({
    ^bb0(%1174: tensor<f32>, %1175: tensor<f32>):
      %1176 = stablehlo.add %1174, %1175 : tensor<f32>
      "stablehlo.return"(%1176) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1177 = stablehlo.add %1170, %1173 : tensor<f32>
    %1178 = stablehlo.multiply %995, %995 : tensor<64x64xf32>
    %1179 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1180 = "stablehlo.reduce"(%1178, %1179) ({
    ^bb0(%1181: tensor<f32>, %1182: tensor<f32>):
      %1183 = stablehlo.add %1181, %1182 : tensor<f32>
      "stablehlo.return"(%1183) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1184 = stablehlo.add %1177, %1180 : tensor<f32>
    %1185 = stablehlo.multiply %990, %990 : tensor<64xf32>
    %1186 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1187 = "stablehlo.reduce"(%1185, %1186) ({
    ^bb0(%1188: tensor<f32>, %1189: tensor<f32>):
      %1190 = stablehlo.add %1188, %1189 : tensor<f32>
      "stablehlo.return"(%1190) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1191 = stablehlo.add %1184, %1187 : tensor<f32>
    %1192 = stablehlo.multiply %965, %965 : tensor<64x64xf32>
    %1193 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1194 = "stablehlo.reduce"(%1192, %1193) ({
    ^bb0(%1195: tensor<f32>, %1196: tensor<f32>):
      %1197 = stablehlo.add %1195, %1196 : tensor<f32>
      "stablehlo.return"(%1197) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1198 = stablehlo.add %1191, %1194 : tensor<f32>
    %1199 = stablehlo.multiply %960, %960 : tensor<64xf32>
    %1200 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1201 = "stablehlo.reduce"(%1199, %1200) ({
    ^bb0(%1202: tensor<f32>, %1203: tensor<f32>):
      %1204 = stablehlo.add %1202, %1203 : tensor<f32>
      "stablehlo.return"(%1204) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1205 = stablehlo.add %1198, %1201 : tensor<f32>
    %1206 = stablehlo.multiply %949, %949 : tensor<64xf32>
    %1207 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1208 = "stablehlo.reduce"(%1206, %1207) ({
    ^bb0(%1209: tensor<f32>, %1210: tensor<f32>):
      %1211 = stablehlo.add %1209, %1210 : tensor<f32>
      "stablehlo.return"(%1211) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1212 = stablehlo.add %1205, %1208 : tensor<f32>
    %1213 = stablehlo.multiply %954, %954 : tensor<64xf32>
    %1214 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1215 = "stablehlo.reduce"(%1213, %1214) ({
    ^bb0(%1216: tensor<f32>, %1217: tensor<f32>):
      %1218 = stablehlo.add %1216, %1217 : tensor<f32>
      "stablehlo.return"(%1218) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1219 = stablehlo.add %1212, %1215 : tensor<f32>
    %1220 = stablehlo.multiply %886, %886 : tensor<128x64xf32>
    %1221 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1222 = "stablehlo.reduce"(%1220, %1221) ({
    ^bb0(%1223: tensor<f32>, %1224: tensor<f32>):
      %1225 = stablehlo.add %1223, %1224 : tensor<f32>
      "stablehlo.return"(%1225) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %1226 = stablehlo.add %1219, %1222 : tensor<f32>
    %1227 = stablehlo.multiply %881, %881 : tensor<128xf32>
    %1228 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1229 = "stablehlo.reduce"(%1227, %1228) ({
    ^bb0(%1230: tensor<f32>, %1231: tensor<f32>):
      %1232 = stablehlo.add %1230, %1231 : tensor<f32>
      "stablehlo.return"(%1232) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1233 = stablehlo.add %1226, %1229 : tensor<f32>
    %1234 = stablehlo.multiply %858, %858 : tensor<64x128xf32>
    %1235 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1236 = "stablehlo.reduce"(%1234, %1235) ({
    ^bb0(%1237: tensor<f32>, %1238: tensor<f32>):
      %1239 = stablehlo.add %1237, %1238 : tensor<f32>
      "stablehlo.return"(%1239) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x128xf32>, tensor<f32>) -> tensor<f32>
    %1240 = stablehlo.add %1233, %1236 : tensor<f32>
    %1241 = stablehlo.multiply %853, %853 : tensor<64xf32>
    %1242 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1243 = "stablehlo.reduce"(%1241, %1242) ({
    ^bb0(%1244: tensor<f32>, %1245: tensor<f32>):
      %1246 = stablehlo.add %1244, %1245 : tensor<f32>
      "stablehlo.return"(%1246) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1247 = stablehlo.add %1240, %1243 : tensor<f32>
    %1248 = stablehlo.multiply %842, %842 : tensor<64xf32>
    %1249 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1250 = "stablehlo.reduce"(%1248, %1249) ({
    ^bb0(%1251: tensor<f32>, %1252: tensor<f32>):
      %1253 = stablehlo.add %1251, %1252 : tensor<f32>
      "stablehlo.return"(%1253) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1254 = stablehlo.add %1247, %1250 : tensor<f32>
    %1255 = stablehlo.multiply %847, %847 : tensor<64xf32>
    %1256 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1257 = "stablehlo.reduce"(%1255, %1256) ({
    ^bb0(%1258: tensor<f32>, %1259: tensor<f32>):
      %1260 = stablehlo.add %1258, %1259 : tensor<f32>
      "stablehlo.return"(%1260) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1261 = stablehlo.add %1254, %1257 : tensor<f32>
    %1262 = stablehlo.multiply %778, %778 : tensor<64x64xf32>
    %1263 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1264 = "stablehlo.reduce"(%1262, %1263) ({
    ^bb0(%1265: tensor<f32>, %1266: tensor<f32>):
      %1267 = stablehlo.add %1265, %1266 : tensor<f32>
      "stablehlo.return"(%1267) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1268 = stablehlo.add %1261, %1264 : tensor<f32>
    %1269 = stablehlo.multiply %773, %773 : tensor<64xf32>
    %1270 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1271 = "stablehlo.reduce"(%1269, %1270) ({
    ^bb0(%1272: tensor<f32>, %1273: tensor<f32>):
      %1274 = stablehlo.add %1272, %1273 : tensor<f32>
      "stablehlo.return"(%1274) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1275 = stablehlo.add %1268, %1271 : tensor<f32>
    %1276 = stablehlo.multiply %768, %768 : tensor<64x64xf32>
    %1277 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1278 = "stablehlo.reduce"(%1276, %1277) ({
    ^bb0(%1279: tensor<f32>, %1280: tensor<f32>):
      %1281 = stablehlo.add %1279, %1280 : tensor<f32>
      "stablehlo.return"(%1281) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1282 = stablehlo.add %1275, %1278 : tensor<f32>
    %1283 = stablehlo.multiply %763, %763 : tensor<64xf32>
    %1284 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1285 = "stablehlo.reduce"(%1283, %1284) ({
    ^bb0(%1286: tensor<f32>, %1287: tensor<f32>):
      %1288 = stablehlo.add %1286, %1287 : tensor<f32>
      "stablehlo.return"(%1288) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1289 = stablehlo.add %1282, %1285 : tensor<f32>
    %1290 = stablehlo.multiply %759, %759 : tensor<64x64xf32>
    %1291 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1292 = "stablehlo.reduce"(%1290, %1291) ({
    ^bb0(%1293: tensor<f32>, %1294: tensor<f32>):
      %1295 = stablehlo.add %1293, %1294 : tensor<f32>
      "stablehlo.return"(%1295) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1296 = stablehlo.add %1289, %1292 : tensor<f32>
    %1297 = stablehlo.multiply %754, %754 : tensor<64xf32>
    %1298 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1299 = "stablehlo.reduce"(%1297, %1298) ({
    ^bb0(%1300: tensor<f32>, %1301: tensor<f32>):
      %1302 = stablehlo.add %1300, %1301 : tensor<f32>
      "stablehlo.return"(%1302) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1303 = stablehlo.add %1296, %1299 : tensor<f32>
    %1304 = stablehlo.multiply %729, %729 : tensor<64x64xf32>
    %1305 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1306 = "stablehlo.reduce"(%1304, %1305) ({
    ^bb0(%1307: tensor<f32>, %1308: tensor<f32>):
      %1309 = stablehlo.add %1307, %1308 : tensor<f32>
      "stablehlo.return"(%1309) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x64xf32>, tensor<f32>) -> tensor<f32>
    %1310 = stablehlo.add %1303, %1306 : tensor<f32>
    %1311 = stablehlo.multiply %724, %724 : tensor<64xf32>
    %1312 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1313 = "stablehlo.reduce"(%1311, %1312) ({
    ^bb0(%1314: tensor<f32>, %1315: tensor<f32>):
      %1316 = stablehlo.add %1314, %1315 : tensor<f32>
      "stablehlo.return"(%1316) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1317 = stablehlo.add %1310, %1313 : tensor<f32>
    %1318 = stablehlo.multiply %713, %713 : tensor<64xf32>
    %1319 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1320 = "stablehlo.reduce"(%1318, %1319) ({
    ^bb0(%1321: tensor<f32>, %1322: tensor<f32>):
      %1323 = stablehlo.add %1321, %1322 : tensor<f32>
      "stablehlo.return"(%1323) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1324 = stablehlo.add %1317, %1320 : tensor<f32>
    %1325 = stablehlo.multiply %718, %718 : tensor<64xf32>
    %1326 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1327 = "stablehlo.reduce"(%1325, %1326) ({
    ^bb0(%1328: tensor<f32>, %1329: tensor<f32>):
      %1330 = stablehlo.add %1328, %1329 : tensor<f32>
      "stablehlo.return"(%1330) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1331 = stablehlo.add %1324, %1327 : tensor<f32>
    %1332 = stablehlo.multiply %650, %650 : tensor<128x64xf32>
    %1333 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1334 = "stablehlo.reduce"(%1332, %1333) ({
    ^bb0(%1335: tensor<f32>, %1336: tensor<f32>):
      %1337 = stablehlo.add %1335, %1336 : tensor<f32>
      "stablehlo.return"(%1337) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %1338 = stablehlo.add %1331, %1334 : tensor<f32>
    %1339 = stablehlo.multiply %645, %645 : tensor<128xf32>
    %1340 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1341 = "stablehlo.reduce"(%1339, %1340) ({
    ^bb0(%1342: tensor<f32>, %1343: tensor<f32>):
      %1344 = stablehlo.add %1342, %1343 : tensor<f32>
      "stablehlo.return"(%1344) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<128xf32>, tensor<f32>) -> tensor<f32>
    %1345 = stablehlo.add %1338, %1341 : tensor<f32>
    %1346 = stablehlo.multiply %622, %622 : tensor<64x128xf32>
    %1347 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1348 = "stablehlo.reduce"(%1346, %1347) ({
    ^bb0(%1349: tensor<f32>, %1350: tensor<f32>):
      %1351 = stablehlo.add %1349, %1350 : tensor<f32>
      "stablehlo.return"(%1351) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x128xf32>, tensor<f32>) -> tensor<f32>
    %1352 = stablehlo.add %1345, %1348 : tensor<f32>
    %1353 = stablehlo.multiply %617, %617 : tensor<64xf32>
    %1354 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1355 = "stablehlo.reduce"(%1353, %1354) ({
    ^bb0(%1356: tensor<f32>, %1357: tensor<f32>):
      %1358 = stablehlo.add %1356, %1357 : tensor<f32>
      "stablehlo.return"(%1358) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1359 = stablehlo.add %1352, %1355 : tensor<f32>
    %1360 = stablehlo.multiply %607, %607 : tensor<64xf32>
    %1361 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1362 = "stablehlo.reduce"(%1360, %1361) ({
    ^bb0(%1363: tensor<f32>, %1364: tensor<f32>):
      %1365 = stablehlo.add %1363, %1364 : tensor<f32>
      "stablehlo.return"(%1365) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1366 = stablehlo.add %1359, %1362 : tensor<f32>
    %1367 = stablehlo.multiply %612, %612 : tensor<64xf32>
    %1368 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1369 = "stablehlo.reduce"(%1367, %1368) ({
    ^bb0(%1370: tensor<f32>, %1371: tensor<f32>):
      %1372 = stablehlo.add %1370, %1371 : tensor<f32>
      "stablehlo.return"(%1372) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1373 = stablehlo.add %1366, %1369 : tensor<f32>
    %1374 = stablehlo.multiply %541, %541 : tensor<5x64xf32>
    %1375 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1376 = "stablehlo.reduce"(%1374, %1375) ({
    ^bb0(%1377: tensor<f32>, %1378: tensor<f32>):
      %1379 = stablehlo.add %1377, %1378 : tensor<f32>
      "stablehlo.return"(%1379) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<5x64xf32>, tensor<f32>) -> tensor<f32>
    %1380 = stablehlo.add %1373, %1376 : tensor<f32>
    %1381 = stablehlo.multiply %536, %536 : tensor<5xf32>
    %1382 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %1383 = "stablehlo.reduce"(%1381, %1382) ({
    ^bb0(%1384: tensor<f32>, %1385: tensor<f32>):
      %1386 = stablehlo.add %1384, %1385 : tensor<f32>
      "stablehlo.return"(%1386) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<5xf32>, tensor<f32>) -> tensor<f32>
    %1387 = stablehlo.add %1380, %1383 : tensor<f32>
    %1388 = stablehlo.sqrt %1387 : tensor<f32>
    %1389 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1390 = "stablehlo.compare"(%1388, %1389) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1391 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1392 = "stablehlo.broadcast_in_dim"(%1391) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1393 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1394 = stablehlo.divide %1393, %1388 : tensor<f32>
    %1395 = "stablehlo.select"(%1390, %1392, %1394) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1396 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1397 = stablehlo.multiply %1101, %1396 : tensor<1x1x64xf32>
    %1398 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1399 = stablehlo.multiply %1093, %1398 : tensor<1x17x64xf32>
    %1400 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1401 = stablehlo.multiply %1108, %1400 : tensor<64x3x8x8xf32>
    %1402 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1403 = stablehlo.multiply %1103, %1402 : tensor<64xf32>
    %1404 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1405 = stablehlo.multiply %1078, %1404 : tensor<64xf32>
    %1406 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1407 = stablehlo.multiply %1083, %1406 : tensor<64xf32>
    %1408 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1409 = stablehlo.multiply %1014, %1408 : tensor<64x64xf32>
    %1410 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1411 = stablehlo.multiply %1009, %1410 : tensor<64xf32>
    %1412 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1413 = stablehlo.multiply %1004, %1412 : tensor<64x64xf32>
    %1414 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1415 = stablehlo.multiply %999, %1414 : tensor<64xf32>
    %1416 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1417 = stablehlo.multiply %995, %1416 : tensor<64x64xf32>
    %1418 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1419 = stablehlo.multiply %990, %1418 : tensor<64xf32>
    %1420 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1421 = stablehlo.multiply %965, %1420 : tensor<64x64xf32>
    %1422 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1423 = stablehlo.multiply %960, %1422 : tensor<64xf32>
    %1424 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1425 = stablehlo.multiply %949, %1424 : tensor<64xf32>
    %1426 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1427 = stablehlo.multiply %954, %1426 : tensor<64xf32>
    %1428 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1429 = stablehlo.multiply %886, %1428 : tensor<128x64xf32>
    %1430 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1431 = stablehlo.multiply %881, %1430 : tensor<128xf32>
    %1432 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1433 = stablehlo.multiply %858, %1432 : tensor<64x128xf32>
    %1434 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1435 = stablehlo.multiply %853, %1434 : tensor<64xf32>
    %1436 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1437 = stablehlo.multiply %842, %1436 : tensor<64xf32>
    %1438 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1439 = stablehlo.multiply %847, %1438 : tensor<64xf32>
    %1440 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1441 = stablehlo.multiply %778, %1440 : tensor<64x64xf32>
    %1442 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1443 = stablehlo.multiply %773, %1442 : tensor<64xf32>
    %1444 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1445 = stablehlo.multiply %768, %1444 : tensor<64x64xf32>
    %1446 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1447 = stablehlo.multiply %763, %1446 : tensor<64xf32>
    %1448 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1449 = stablehlo.multiply %759, %1448 : tensor<64x64xf32>
    %1450 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1451 = stablehlo.multiply %754, %1450 : tensor<64xf32>
    %1452 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1453 = stablehlo.multiply %729, %1452 : tensor<64x64xf32>
    %1454 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1455 = stablehlo.multiply %724, %1454 : tensor<64xf32>
    %1456 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1457 = stablehlo.multiply %713, %1456 : tensor<64xf32>
    %1458 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1459 = stablehlo.multiply %718, %1458 : tensor<64xf32>
    %1460 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1461 = stablehlo.multiply %650, %1460 : tensor<128x64xf32>
    %1462 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1463 = stablehlo.multiply %645, %1462 : tensor<128xf32>
    %1464 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %1465 = stablehlo.multiply %622, %1464 : tensor<64x128xf32>
    %1466 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1467 = stablehlo.multiply %617, %1466 : tensor<64xf32>
    %1468 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1469 = stablehlo.multiply %607, %1468 : tensor<64xf32>
    %1470 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1471 = stablehlo.multiply %612, %1470 : tensor<64xf32>
    %1472 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %1473 = stablehlo.multiply %541, %1472 : tensor<5x64xf32>
    %1474 = "stablehlo.broadcast_in_dim"(%1395) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %1475 = stablehlo.multiply %536, %1474 : tensor<5xf32>
    %1476 = "stablehlo.convert"(%arg120) : (tensor<i32>) -> tensor<f32>
    %1477 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1478 = stablehlo.multiply %1476, %1477 : tensor<f32>
    %1479 = stablehlo.constant dense<-1.0e1> : tensor<f32>
    %1480 = stablehlo.add %1476, %1479 : tensor<f32>
    %1481 = stablehlo.constant dense<9.0e1> : tensor<f32>
    %1482 = stablehlo.minimum %1480, %1481 : tensor<f32>
    %1483 = stablehlo.constant dense<3.490658503988659e-2> : tensor<f32>
    %1484 = stablehlo.multiply %1482, %1483 : tensor<f32>
    %1485 = stablehlo.cosine %1484 : tensor<f32>
    %1486 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1487 = stablehlo.add %1485, %1486 : tensor<f32>
    %1488 = stablehlo.constant dense<5.0e-4> : tensor<f32>
    %1489 = stablehlo.multiply %1487, %1488 : tensor<f32>
    %1490 = stablehlo.constant dense<1.0e1> : tensor<f32>
    %1491 = "stablehlo.compare"(%1476, %1490) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %1492 = "stablehlo.select"(%1491, %1478, %1489) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1493 = stablehlo.constant dense<1> : tensor<i32>
    %1494 = stablehlo.add %arg120, %1493 : tensor<i32>
    %1495 = "stablehlo.convert"(%1494) : (tensor<i32>) -> tensor<f32>
    %1496 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1497 = "stablehlo.broadcast_in_dim"(%1496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1498 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1499 = stablehlo.power %1498, %1495 : tensor<f32>
    %1500 = stablehlo.subtract %1497, %1499 : tensor<f32>
    %1501 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %1502 = "stablehlo.broadcast_in_dim"(%1501) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %1503 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1504 = stablehlo.power %1503, %1495 : tensor<f32>
    %1505 = stablehlo.subtract %1502, %1504 : tensor<f32>
    %1506 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1507 = "stablehlo.broadcast_in_dim"(%1506) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1508 = stablehlo.multiply %arg40, %1507 : tensor<1x1x64xf32>
    %1509 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1510 = "stablehlo.broadcast_in_dim"(%1509) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1511 = stablehlo.multiply %1397, %1510 : tensor<1x1x64xf32>
    %1512 = stablehlo.add %1508, %1511 : tensor<1x1x64xf32>
    %1513 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1514 = "stablehlo.broadcast_in_dim"(%1513) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1515 = stablehlo.multiply %arg80, %1514 : tensor<1x1x64xf32>
    %1516 = stablehlo.multiply %1397, %1397 : tensor<1x1x64xf32>
    %1517 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1518 = "stablehlo.broadcast_in_dim"(%1517) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1519 = stablehlo.multiply %1516, %1518 : tensor<1x1x64xf32>
    %1520 = stablehlo.add %1515, %1519 : tensor<1x1x64xf32>
    %1521 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1522 = stablehlo.divide %1512, %1521 : tensor<1x1x64xf32>
    %1523 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1524 = stablehlo.divide %1520, %1523 : tensor<1x1x64xf32>
    %1525 = stablehlo.sqrt %1524 : tensor<1x1x64xf32>
    %1526 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1527 = "stablehlo.broadcast_in_dim"(%1526) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1528 = stablehlo.add %1525, %1527 : tensor<1x1x64xf32>
    %1529 = stablehlo.divide %1522, %1528 : tensor<1x1x64xf32>
    %1530 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x64xf32>
    %1531 = stablehlo.multiply %1529, %1530 : tensor<1x1x64xf32>
    %1532 = stablehlo.subtract %arg0, %1531 : tensor<1x1x64xf32>
    %1533 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1534 = "stablehlo.broadcast_in_dim"(%1533) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1535 = stablehlo.multiply %arg41, %1534 : tensor<1x17x64xf32>
    %1536 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1537 = "stablehlo.broadcast_in_dim"(%1536) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1538 = stablehlo.multiply %1399, %1537 : tensor<1x17x64xf32>
    %1539 = stablehlo.add %1535, %1538 : tensor<1x17x64xf32>
    %1540 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1541 = "stablehlo.broadcast_in_dim"(%1540) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1542 = stablehlo.multiply %arg81, %1541 : tensor<1x17x64xf32>
    %1543 = stablehlo.multiply %1399, %1399 : tensor<1x17x64xf32>
    %1544 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1545 = "stablehlo.broadcast_in_dim"(%1544) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1546 = stablehlo.multiply %1543, %1545 : tensor<1x17x64xf32>
    %1547 = stablehlo.add %1542, %1546 : tensor<1x17x64xf32>
    %1548 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1549 = stablehlo.divide %1539, %1548 : tensor<1x17x64xf32>
    %1550 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1551 = stablehlo.divide %1547, %1550 : tensor<1x17x64xf32>
    %1552 = stablehlo.sqrt %1551 : tensor<1x17x64xf32>
    %1553 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1554 = "stablehlo.broadcast_in_dim"(%1553) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1555 = stablehlo.add %1552, %1554 : tensor<1x17x64xf32>
    %1556 = stablehlo.divide %1549, %1555 : tensor<1x17x64xf32>
    %1557 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x17x64xf32>
    %1558 = stablehlo.multiply %1556, %1557 : tensor<1x17x64xf32>
    %1559 = stablehlo.subtract %arg1, %1558 : tensor<1x17x64xf32>
    %1560 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1561 = "stablehlo.broadcast_in_dim"(%1560) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1562 = stablehlo.multiply %arg42, %1561 : tensor<64x3x8x8xf32>
    %1563 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1564 = "stablehlo.broadcast_in_dim"(%1563) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1565 = stablehlo.multiply %1401, %1564 : tensor<64x3x8x8xf32>
    %1566 = stablehlo.add %1562, %1565 : tensor<64x3x8x8xf32>
    %1567 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1568 = "stablehlo.broadcast_in_dim"(%1567) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1569 = stablehlo.multiply %arg82, %1568 : tensor<64x3x8x8xf32>
    %1570 = stablehlo.multiply %1401, %1401 : tensor<64x3x8x8xf32>
    %1571 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1572 = "stablehlo.broadcast_in_dim"(%1571) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1573 = stablehlo.multiply %1570, %1572 : tensor<64x3x8x8xf32>
    %1574 = stablehlo.add %1569, %1573 : tensor<64x3x8x8xf32>
    %1575 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1576 = stablehlo.divide %1566, %1575 : tensor<64x3x8x8xf32>
    %1577 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1578 = stablehlo.divide %1574, %1577 : tensor<64x3x8x8xf32>
    %1579 = stablehlo.sqrt %1578 : tensor<64x3x8x8xf32>
    %1580 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1581 = "stablehlo.broadcast_in_dim"(%1580) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1582 = stablehlo.add %1579, %1581 : tensor<64x3x8x8xf32>
    %1583 = stablehlo.divide %1576, %1582 : tensor<64x3x8x8xf32>
    %1584 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1585 = "stablehlo.broadcast_in_dim"(%1584) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1586 = stablehlo.multiply %arg2, %1585 : tensor<64x3x8x8xf32>
    %1587 = stablehlo.add %1583, %1586 : tensor<64x3x8x8xf32>
    %1588 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x3x8x8xf32>
    %1589 = stablehlo.multiply %1587, %1588 : tensor<64x3x8x8xf32>
    %1590 = stablehlo.subtract %arg2, %1589 : tensor<64x3x8x8xf32>
    %1591 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1592 = "stablehlo.broadcast_in_dim"(%1591) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1593 = stablehlo.multiply %arg43, %1592 : tensor<64xf32>
    %1594 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1595 = "stablehlo.broadcast_in_dim"(%1594) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1596 = stablehlo.multiply %1403, %1595 : tensor<64xf32>
    %1597 = stablehlo.add %1593, %1596 : tensor<64xf32>
    %1598 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1599 = "stablehlo.broadcast_in_dim"(%1598) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1600 = stablehlo.multiply %arg83, %1599 : tensor<64xf32>
    %1601 = stablehlo.multiply %1403, %1403 : tensor<64xf32>
    %1602 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1603 = "stablehlo.broadcast_in_dim"(%1602) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1604 = stablehlo.multiply %1601, %1603 : tensor<64xf32>
    %1605 = stablehlo.add %1600, %1604 : tensor<64xf32>
    %1606 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1607 = stablehlo.divide %1597, %1606 : tensor<64xf32>
    %1608 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1609 = stablehlo.divide %1605, %1608 : tensor<64xf32>
    %1610 = stablehlo.sqrt %1609 : tensor<64xf32>
    %1611 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1612 = "stablehlo.broadcast_in_dim"(%1611) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1613 = stablehlo.add %1610, %1612 : tensor<64xf32>
    %1614 = stablehlo.divide %1607, %1613 : tensor<64xf32>
    %1615 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1616 = stablehlo.multiply %1614, %1615 : tensor<64xf32>
    %1617 = stablehlo.subtract %arg3, %1616 : tensor<64xf32>
    %1618 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1619 = "stablehlo.broadcast_in_dim"(%1618) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1620 = stablehlo.multiply %arg44, %1619 : tensor<64xf32>
    %1621 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1622 = "stablehlo.broadcast_in_dim"(%1621) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1623 = stablehlo.multiply %1405, %1622 : tensor<64xf32>
    %1624 = stablehlo.add %1620, %1623 : tensor<64xf32>
    %1625 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1626 = "stablehlo.broadcast_in_dim"(%1625) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1627 = stablehlo.multiply %arg84, %1626 : tensor<64xf32>
    %1628 = stablehlo.multiply %1405, %1405 : tensor<64xf32>
    %1629 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1630 = "stablehlo.broadcast_in_dim"(%1629) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1631 = stablehlo.multiply %1628, %1630 : tensor<64xf32>
    %1632 = stablehlo.add %1627, %1631 : tensor<64xf32>
    %1633 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1634 = stablehlo.divide %1624, %1633 : tensor<64xf32>
    %1635 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1636 = stablehlo.divide %1632, %1635 : tensor<64xf32>
    %1637 = stablehlo.sqrt %1636 : tensor<64xf32>
    %1638 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1639 = "stablehlo.broadcast_in_dim"(%1638) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1640 = stablehlo.add %1637, %1639 : tensor<64xf32>
    %1641 = stablehlo.divide %1634, %1640 : tensor<64xf32>
    %1642 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1643 = stablehlo.multiply %1641, %1642 : tensor<64xf32>
    %1644 = stablehlo.subtract %arg4, %1643 : tensor<64xf32>
    %1645 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1646 = "stablehlo.broadcast_in_dim"(%1645) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1647 = stablehlo.multiply %arg45, %1646 : tensor<64xf32>
    %1648 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1649 = "stablehlo.broadcast_in_dim"(%1648) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1650 = stablehlo.multiply %1407, %1649 : tensor<64xf32>
    %1651 = stablehlo.add %1647, %1650 : tensor<64xf32>
    %1652 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1653 = "stablehlo.broadcast_in_dim"(%1652) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1654 = stablehlo.multiply %arg85, %1653 : tensor<64xf32>
    %1655 = stablehlo.multiply %1407, %1407 : tensor<64xf32>
    %1656 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1657 = "stablehlo.broadcast_in_dim"(%1656) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1658 = stablehlo.multiply %1655, %1657 : tensor<64xf32>
    %1659 = stablehlo.add %1654, %1658 : tensor<64xf32>
    %1660 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1661 = stablehlo.divide %1651, %1660 : tensor<64xf32>
    %1662 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1663 = stablehlo.divide %1659, %1662 : tensor<64xf32>
    %1664 = stablehlo.sqrt %1663 : tensor<64xf32>
    %1665 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1666 = "stablehlo.broadcast_in_dim"(%1665) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1667 = stablehlo.add %1664, %1666 : tensor<64xf32>
    %1668 = stablehlo.divide %1661, %1667 : tensor<64xf32>
    %1669 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1670 = stablehlo.multiply %1668, %1669 : tensor<64xf32>
    %1671 = stablehlo.subtract %arg5, %1670 : tensor<64xf32>
    %1672 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1673 = "stablehlo.broadcast_in_dim"(%1672) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1674 = stablehlo.multiply %arg46, %1673 : tensor<64x64xf32>
    %1675 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1676 = "stablehlo.broadcast_in_dim"(%1675) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1677 = stablehlo.multiply %1409, %1676 : tensor<64x64xf32>
    %1678 = stablehlo.add %1674, %1677 : tensor<64x64xf32>
    %1679 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1680 = "stablehlo.broadcast_in_dim"(%1679) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1681 = stablehlo.multiply %arg86, %1680 : tensor<64x64xf32>
    %1682 = stablehlo.multiply %1409, %1409 : tensor<64x64xf32>
    %1683 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1684 = "stablehlo.broadcast_in_dim"(%1683) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1685 = stablehlo.multiply %1682, %1684 : tensor<64x64xf32>
    %1686 = stablehlo.add %1681, %1685 : tensor<64x64xf32>
    %1687 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1688 = stablehlo.divide %1678, %1687 : tensor<64x64xf32>
    %1689 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1690 = stablehlo.divide %1686, %1689 : tensor<64x64xf32>
    %1691 = stablehlo.sqrt %1690 : tensor<64x64xf32>
    %1692 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1693 = "stablehlo.broadcast_in_dim"(%1692) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1694 = stablehlo.add %1691, %1693 : tensor<64x64xf32>
    %1695 = stablehlo.divide %1688, %1694 : tensor<64x64xf32>
    %1696 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1697 = "stablehlo.broadcast_in_dim"(%1696) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1698 = stablehlo.multiply %arg6, %1697 : tensor<64x64xf32>
    %1699 = stablehlo.add %1695, %1698 : tensor<64x64xf32>
    %1700 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1701 = stablehlo.multiply %1699, %1700 : tensor<64x64xf32>
    %1702 = stablehlo.subtract %arg6, %1701 : tensor<64x64xf32>
    %1703 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1704 = "stablehlo.broadcast_in_dim"(%1703) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1705 = stablehlo.multiply %arg47, %1704 : tensor<64xf32>
    %1706 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1707 = "stablehlo.broadcast_in_dim"(%1706) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1708 = stablehlo.multiply %1411, %1707 : tensor<64xf32>
    %1709 = stablehlo.add %1705, %1708 : tensor<64xf32>
    %1710 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1711 = "stablehlo.broadcast_in_dim"(%1710) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1712 = stablehlo.multiply %arg87, %1711 : tensor<64xf32>
    %1713 = stablehlo.multiply %1411, %1411 : tensor<64xf32>
    %1714 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1715 = "stablehlo.broadcast_in_dim"(%1714) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1716 = stablehlo.multiply %1713, %1715 : tensor<64xf32>
    %1717 = stablehlo.add %1712, %1716 : tensor<64xf32>
    %1718 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1719 = stablehlo.divide %1709, %1718 : tensor<64xf32>
    %1720 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1721 = stablehlo.divide %1717, %1720 : tensor<64xf32>
    %1722 = stablehlo.sqrt %1721 : tensor<64xf32>
    %1723 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1724 = "stablehlo.broadcast_in_dim"(%1723) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1725 = stablehlo.add %1722, %1724 : tensor<64xf32>
    %1726 = stablehlo.divide %1719, %1725 : tensor<64xf32>
    %1727 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1728 = stablehlo.multiply %1726, %1727 : tensor<64xf32>
    %1729 = stablehlo.subtract %arg7, %1728 : tensor<64xf32>
    %1730 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1731 = "stablehlo.broadcast_in_dim"(%1730) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1732 = stablehlo.multiply %arg48, %1731 : tensor<64x64xf32>
    %1733 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1734 = "stablehlo.broadcast_in_dim"(%1733) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1735 = stablehlo.multiply %1413, %1734 : tensor<64x64xf32>
    %1736 = stablehlo.add %1732, %1735 : tensor<64x64xf32>
    %1737 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1738 = "stablehlo.broadcast_in_dim"(%1737) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1739 = stablehlo.multiply %arg88, %1738 : tensor<64x64xf32>
    %1740 = stablehlo.multiply %1413, %1413 : tensor<64x64xf32>
    %1741 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1742 = "stablehlo.broadcast_in_dim"(%1741) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1743 = stablehlo.multiply %1740, %1742 : tensor<64x64xf32>
    %1744 = stablehlo.add %1739, %1743 : tensor<64x64xf32>
    %1745 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1746 = stablehlo.divide %1736, %1745 : tensor<64x64xf32>
    %1747 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1748 = stablehlo.divide %1744, %1747 : tensor<64x64xf32>
    %1749 = stablehlo.sqrt %1748 : tensor<64x64xf32>
    %1750 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1751 = "stablehlo.broadcast_in_dim"(%1750) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1752 = stablehlo.add %1749, %1751 : tensor<64x64xf32>
    %1753 = stablehlo.divide %1746, %1752 : tensor<64x64xf32>
    %1754 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1755 = "stablehlo.broadcast_in_dim"(%1754) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1756 = stablehlo.multiply %arg8, %1755 : tensor<64x64xf32>
    %1757 = stablehlo.add %1753, %1756 : tensor<64x64xf32>
    %1758 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1759 = stablehlo.multiply %1757, %1758 : tensor<64x64xf32>
    %1760 = stablehlo.subtract %arg8, %1759 : tensor<64x64xf32>
    %1761 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1762 = "stablehlo.broadcast_in_dim"(%1761) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1763 = stablehlo.multiply %arg49, %1762 : tensor<64xf32>
    %1764 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1765 = "stablehlo.broadcast_in_dim"(%1764) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1766 = stablehlo.multiply %1415, %1765 : tensor<64xf32>
    %1767 = stablehlo.add %1763, %1766 : tensor<64xf32>
    %1768 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1769 = "stablehlo.broadcast_in_dim"(%1768) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1770 = stablehlo.multiply %arg89, %1769 : tensor<64xf32>
    %1771 = stablehlo.multiply %1415, %1415 : tensor<64xf32>
    %1772 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1773 = "stablehlo.broadcast_in_dim"(%1772) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1774 = stablehlo.multiply %1771, %1773 : tensor<64xf32>
    %1775 = stablehlo.add %1770, %1774 : tensor<64xf32>
    %1776 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1777 = stablehlo.divide %1767, %1776 : tensor<64xf32>
    %1778 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1779 = stablehlo.divide %1775, %1778 : tensor<64xf32>
    %1780 = stablehlo.sqrt %1779 : tensor<64xf32>
    %1781 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1782 = "stablehlo.broadcast_in_dim"(%1781) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1783 = stablehlo.add %1780, %1782 : tensor<64xf32>
    %1784 = stablehlo.divide %1777, %1783 : tensor<64xf32>
    %1785 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1786 = stablehlo.multiply %1784, %1785 : tensor<64xf32>
    %1787 = stablehlo.subtract %arg9, %1786 : tensor<64xf32>
    %1788 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1789 = "stablehlo.broadcast_in_dim"(%1788) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1790 = stablehlo.multiply %arg50, %1789 : tensor<64x64xf32>
    %1791 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1792 = "stablehlo.broadcast_in_dim"(%1791) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1793 = stablehlo.multiply %1417, %1792 : tensor<64x64xf32>
    %1794 = stablehlo.add %1790, %1793 : tensor<64x64xf32>
    %1795 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1796 = "stablehlo.broadcast_in_dim"(%1795) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1797 = stablehlo.multiply %arg90, %1796 : tensor<64x64xf32>
    %1798 = stablehlo.multiply %1417, %1417 : tensor<64x64xf32>
    %1799 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1800 = "stablehlo.broadcast_in_dim"(%1799) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1801 = stablehlo.multiply %1798, %1800 : tensor<64x64xf32>
    %1802 = stablehlo.add %1797, %1801 : tensor<64x64xf32>
    %1803 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1804 = stablehlo.divide %1794, %1803 : tensor<64x64xf32>
    %1805 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1806 = stablehlo.divide %1802, %1805 : tensor<64x64xf32>
    %1807 = stablehlo.sqrt %1806 : tensor<64x64xf32>
    %1808 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1809 = "stablehlo.broadcast_in_dim"(%1808) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1810 = stablehlo.add %1807, %1809 : tensor<64x64xf32>
    %1811 = stablehlo.divide %1804, %1810 : tensor<64x64xf32>
    %1812 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1813 = "stablehlo.broadcast_in_dim"(%1812) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1814 = stablehlo.multiply %arg10, %1813 : tensor<64x64xf32>
    %1815 = stablehlo.add %1811, %1814 : tensor<64x64xf32>
    %1816 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1817 = stablehlo.multiply %1815, %1816 : tensor<64x64xf32>
    %1818 = stablehlo.subtract %arg10, %1817 : tensor<64x64xf32>
    %1819 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1820 = "stablehlo.broadcast_in_dim"(%1819) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1821 = stablehlo.multiply %arg51, %1820 : tensor<64xf32>
    %1822 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1823 = "stablehlo.broadcast_in_dim"(%1822) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1824 = stablehlo.multiply %1419, %1823 : tensor<64xf32>
    %1825 = stablehlo.add %1821, %1824 : tensor<64xf32>
    %1826 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1827 = "stablehlo.broadcast_in_dim"(%1826) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1828 = stablehlo.multiply %arg91, %1827 : tensor<64xf32>
    %1829 = stablehlo.multiply %1419, %1419 : tensor<64xf32>
    %1830 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1831 = "stablehlo.broadcast_in_dim"(%1830) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1832 = stablehlo.multiply %1829, %1831 : tensor<64xf32>
    %1833 = stablehlo.add %1828, %1832 : tensor<64xf32>
    %1834 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1835 = stablehlo.divide %1825, %1834 : tensor<64xf32>
    %1836 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1837 = stablehlo.divide %1833, %1836 : tensor<64xf32>
    %1838 = stablehlo.sqrt %1837 : tensor<64xf32>
    %1839 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1840 = "stablehlo.broadcast_in_dim"(%1839) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1841 = stablehlo.add %1838, %1840 : tensor<64xf32>
    %1842 = stablehlo.divide %1835, %1841 : tensor<64xf32>
    %1843 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1844 = stablehlo.multiply %1842, %1843 : tensor<64xf32>
    %1845 = stablehlo.subtract %arg11, %1844 : tensor<64xf32>
    %1846 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1847 = "stablehlo.broadcast_in_dim"(%1846) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1848 = stablehlo.multiply %arg52, %1847 : tensor<64x64xf32>
    %1849 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1850 = "stablehlo.broadcast_in_dim"(%1849) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1851 = stablehlo.multiply %1421, %1850 : tensor<64x64xf32>
    %1852 = stablehlo.add %1848, %1851 : tensor<64x64xf32>
    %1853 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1854 = "stablehlo.broadcast_in_dim"(%1853) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1855 = stablehlo.multiply %arg92, %1854 : tensor<64x64xf32>
    %1856 = stablehlo.multiply %1421, %1421 : tensor<64x64xf32>
    %1857 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1858 = "stablehlo.broadcast_in_dim"(%1857) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1859 = stablehlo.multiply %1856, %1858 : tensor<64x64xf32>
    %1860 = stablehlo.add %1855, %1859 : tensor<64x64xf32>
    %1861 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1862 = stablehlo.divide %1852, %1861 : tensor<64x64xf32>
    %1863 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1864 = stablehlo.divide %1860, %1863 : tensor<64x64xf32>
    %1865 = stablehlo.sqrt %1864 : tensor<64x64xf32>
    %1866 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1867 = "stablehlo.broadcast_in_dim"(%1866) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1868 = stablehlo.add %1865, %1867 : tensor<64x64xf32>
    %1869 = stablehlo.divide %1862, %1868 : tensor<64x64xf32>
    %1870 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1871 = "stablehlo.broadcast_in_dim"(%1870) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1872 = stablehlo.multiply %arg12, %1871 : tensor<64x64xf32>
    %1873 = stablehlo.add %1869, %1872 : tensor<64x64xf32>
    %1874 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %1875 = stablehlo.multiply %1873, %1874 : tensor<64x64xf32>
    %1876 = stablehlo.subtract %arg12, %1875 : tensor<64x64xf32>
    %1877 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1878 = "stablehlo.broadcast_in_dim"(%1877) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1879 = stablehlo.multiply %arg53, %1878 : tensor<64xf32>
    %1880 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1881 = "stablehlo.broadcast_in_dim"(%1880) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1882 = stablehlo.multiply %1423, %1881 : tensor<64xf32>
    %1883 = stablehlo.add %1879, %1882 : tensor<64xf32>
    %1884 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1885 = "stablehlo.broadcast_in_dim"(%1884) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1886 = stablehlo.multiply %arg93, %1885 : tensor<64xf32>
    %1887 = stablehlo.multiply %1423, %1423 : tensor<64xf32>
    %1888 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1889 = "stablehlo.broadcast_in_dim"(%1888) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1890 = stablehlo.multiply %1887, %1889 : tensor<64xf32>
    %1891 = stablehlo.add %1886, %1890 : tensor<64xf32>
    %1892 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1893 = stablehlo.divide %1883, %1892 : tensor<64xf32>
    %1894 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1895 = stablehlo.divide %1891, %1894 : tensor<64xf32>
    %1896 = stablehlo.sqrt %1895 : tensor<64xf32>
    %1897 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1898 = "stablehlo.broadcast_in_dim"(%1897) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1899 = stablehlo.add %1896, %1898 : tensor<64xf32>
    %1900 = stablehlo.divide %1893, %1899 : tensor<64xf32>
    %1901 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1902 = stablehlo.multiply %1900, %1901 : tensor<64xf32>
    %1903 = stablehlo.subtract %arg13, %1902 : tensor<64xf32>
    %1904 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1905 = "stablehlo.broadcast_in_dim"(%1904) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1906 = stablehlo.multiply %arg54, %1905 : tensor<64xf32>
    %1907 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1908 = "stablehlo.broadcast_in_dim"(%1907) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1909 = stablehlo.multiply %1425, %1908 : tensor<64xf32>
    %1910 = stablehlo.add %1906, %1909 : tensor<64xf32>
    %1911 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1912 = "stablehlo.broadcast_in_dim"(%1911) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1913 = stablehlo.multiply %arg94, %1912 : tensor<64xf32>
    %1914 = stablehlo.multiply %1425, %1425 : tensor<64xf32>
    %1915 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1916 = "stablehlo.broadcast_in_dim"(%1915) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1917 = stablehlo.multiply %1914, %1916 : tensor<64xf32>
    %1918 = stablehlo.add %1913, %1917 : tensor<64xf32>
    %1919 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1920 = stablehlo.divide %1910, %1919 : tensor<64xf32>
    %1921 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1922 = stablehlo.divide %1918, %1921 : tensor<64xf32>
    %1923 = stablehlo.sqrt %1922 : tensor<64xf32>
    %1924 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1925 = "stablehlo.broadcast_in_dim"(%1924) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1926 = stablehlo.add %1923, %1925 : tensor<64xf32>
    %1927 = stablehlo.divide %1920, %1926 : tensor<64xf32>
    %1928 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1929 = stablehlo.multiply %1927, %1928 : tensor<64xf32>
    %1930 = stablehlo.subtract %arg14, %1929 : tensor<64xf32>
    %1931 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1932 = "stablehlo.broadcast_in_dim"(%1931) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1933 = stablehlo.multiply %arg55, %1932 : tensor<64xf32>
    %1934 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1935 = "stablehlo.broadcast_in_dim"(%1934) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1936 = stablehlo.multiply %1427, %1935 : tensor<64xf32>
    %1937 = stablehlo.add %1933, %1936 : tensor<64xf32>
    %1938 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1939 = "stablehlo.broadcast_in_dim"(%1938) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1940 = stablehlo.multiply %arg95, %1939 : tensor<64xf32>
    %1941 = stablehlo.multiply %1427, %1427 : tensor<64xf32>
    %1942 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1943 = "stablehlo.broadcast_in_dim"(%1942) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1944 = stablehlo.multiply %1941, %1943 : tensor<64xf32>
    %1945 = stablehlo.add %1940, %1944 : tensor<64xf32>
    %1946 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1947 = stablehlo.divide %1937, %1946 : tensor<64xf32>
    %1948 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1949 = stablehlo.divide %1945, %1948 : tensor<64xf32>
    %1950 = stablehlo.sqrt %1949 : tensor<64xf32>
    %1951 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1952 = "stablehlo.broadcast_in_dim"(%1951) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1953 = stablehlo.add %1950, %1952 : tensor<64xf32>
    %1954 = stablehlo.divide %1947, %1953 : tensor<64xf32>
    %1955 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1956 = stablehlo.multiply %1954, %1955 : tensor<64xf32>
    %1957 = stablehlo.subtract %arg15, %1956 : tensor<64xf32>
    %1958 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1959 = "stablehlo.broadcast_in_dim"(%1958) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1960 = stablehlo.multiply %arg56, %1959 : tensor<128x64xf32>
    %1961 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1962 = "stablehlo.broadcast_in_dim"(%1961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1963 = stablehlo.multiply %1429, %1962 : tensor<128x64xf32>
    %1964 = stablehlo.add %1960, %1963 : tensor<128x64xf32>
    %1965 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1966 = "stablehlo.broadcast_in_dim"(%1965) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1967 = stablehlo.multiply %arg96, %1966 : tensor<128x64xf32>
    %1968 = stablehlo.multiply %1429, %1429 : tensor<128x64xf32>
    %1969 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %1970 = "stablehlo.broadcast_in_dim"(%1969) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1971 = stablehlo.multiply %1968, %1970 : tensor<128x64xf32>
    %1972 = stablehlo.add %1967, %1971 : tensor<128x64xf32>
    %1973 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1974 = stablehlo.divide %1964, %1973 : tensor<128x64xf32>
    %1975 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1976 = stablehlo.divide %1972, %1975 : tensor<128x64xf32>
    %1977 = stablehlo.sqrt %1976 : tensor<128x64xf32>
    %1978 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %1979 = "stablehlo.broadcast_in_dim"(%1978) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1980 = stablehlo.add %1977, %1979 : tensor<128x64xf32>
    %1981 = stablehlo.divide %1974, %1980 : tensor<128x64xf32>
    %1982 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %1983 = "stablehlo.broadcast_in_dim"(%1982) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1984 = stablehlo.multiply %arg16, %1983 : tensor<128x64xf32>
    %1985 = stablehlo.add %1981, %1984 : tensor<128x64xf32>
    %1986 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %1987 = stablehlo.multiply %1985, %1986 : tensor<128x64xf32>
    %1988 = stablehlo.subtract %arg16, %1987 : tensor<128x64xf32>
    %1989 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %1990 = "stablehlo.broadcast_in_dim"(%1989) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1991 = stablehlo.multiply %arg57, %1990 : tensor<128xf32>
    %1992 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %1993 = "stablehlo.broadcast_in_dim"(%1992) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1994 = stablehlo.multiply %1431, %1993 : tensor<128xf32>
    %1995 = stablehlo.add %1991, %1994 : tensor<128xf32>
    %1996 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %1997 = "stablehlo.broadcast_in_dim"(%1996) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %1998 = stablehlo.multiply %arg97, %1997 : tensor<128xf32>
    %1999 = stablehlo.multiply %1431, %1431 : tensor<128xf32>
    %2000 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2001 = "stablehlo.broadcast_in_dim"(%2000) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2002 = stablehlo.multiply %1999, %2001 : tensor<128xf32>
    %2003 = stablehlo.add %1998, %2002 : tensor<128xf32>
    %2004 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2005 = stablehlo.divide %1995, %2004 : tensor<128xf32>
    %2006 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2007 = stablehlo.divide %2003, %2006 : tensor<128xf32>
    %2008 = stablehlo.sqrt %2007 : tensor<128xf32>
    %2009 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2010 = "stablehlo.broadcast_in_dim"(%2009) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2011 = stablehlo.add %2008, %2010 : tensor<128xf32>
    %2012 = stablehlo.divide %2005, %2011 : tensor<128xf32>
    %2013 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2014 = stablehlo.multiply %2012, %2013 : tensor<128xf32>
    %2015 = stablehlo.subtract %arg17, %2014 : tensor<128xf32>
    %2016 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2017 = "stablehlo.broadcast_in_dim"(%2016) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2018 = stablehlo.multiply %arg58, %2017 : tensor<64x128xf32>
    %2019 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2020 = "stablehlo.broadcast_in_dim"(%2019) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2021 = stablehlo.multiply %1433, %2020 : tensor<64x128xf32>
    %2022 = stablehlo.add %2018, %2021 : tensor<64x128xf32>
    %2023 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2024 = "stablehlo.broadcast_in_dim"(%2023) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2025 = stablehlo.multiply %arg98, %2024 : tensor<64x128xf32>
    %2026 = stablehlo.multiply %1433, %1433 : tensor<64x128xf32>
    %2027 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2028 = "stablehlo.broadcast_in_dim"(%2027) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2029 = stablehlo.multiply %2026, %2028 : tensor<64x128xf32>
    %2030 = stablehlo.add %2025, %2029 : tensor<64x128xf32>
    %2031 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2032 = stablehlo.divide %2022, %2031 : tensor<64x128xf32>
    %2033 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2034 = stablehlo.divide %2030, %2033 : tensor<64x128xf32>
    %2035 = stablehlo.sqrt %2034 : tensor<64x128xf32>
    %2036 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2037 = "stablehlo.broadcast_in_dim"(%2036) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2038 = stablehlo.add %2035, %2037 : tensor<64x128xf32>
    %2039 = stablehlo.divide %2032, %2038 : tensor<64x128xf32>
    %2040 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2041 = "stablehlo.broadcast_in_dim"(%2040) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2042 = stablehlo.multiply %arg18, %2041 : tensor<64x128xf32>
    %2043 = stablehlo.add %2039, %2042 : tensor<64x128xf32>
    %2044 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2045 = stablehlo.multiply %2043, %2044 : tensor<64x128xf32>
    %2046 = stablehlo.subtract %arg18, %2045 : tensor<64x128xf32>
    %2047 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2048 = "stablehlo.broadcast_in_dim"(%2047) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2049 = stablehlo.multiply %arg59, %2048 : tensor<64xf32>
    %2050 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2051 = "stablehlo.broadcast_in_dim"(%2050) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2052 = stablehlo.multiply %1435, %2051 : tensor<64xf32>
    %2053 = stablehlo.add %2049, %2052 : tensor<64xf32>
    %2054 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2055 = "stablehlo.broadcast_in_dim"(%2054) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2056 = stablehlo.multiply %arg99, %2055 : tensor<64xf32>
    %2057 = stablehlo.multiply %1435, %1435 : tensor<64xf32>
    %2058 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2059 = "stablehlo.broadcast_in_dim"(%2058) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2060 = stablehlo.multiply %2057, %2059 : tensor<64xf32>
    %2061 = stablehlo.add %2056, %2060 : tensor<64xf32>
    %2062 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2063 = stablehlo.divide %2053, %2062 : tensor<64xf32>
    %2064 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2065 = stablehlo.divide %2061, %2064 : tensor<64xf32>
    %2066 = stablehlo.sqrt %2065 : tensor<64xf32>
    %2067 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2068 = "stablehlo.broadcast_in_dim"(%2067) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2069 = stablehlo.add %2066, %2068 : tensor<64xf32>
    %2070 = stablehlo.divide %2063, %2069 : tensor<64xf32>
    %2071 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2072 = stablehlo.multiply %2070, %2071 : tensor<64xf32>
    %2073 = stablehlo.subtract %arg19, %2072 : tensor<64xf32>
    %2074 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2075 = "stablehlo.broadcast_in_dim"(%2074) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2076 = stablehlo.multiply %arg60, %2075 : tensor<64xf32>
    %2077 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2078 = "stablehlo.broadcast_in_dim"(%2077) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2079 = stablehlo.multiply %1437, %2078 : tensor<64xf32>
    %2080 = stablehlo.add %2076, %2079 : tensor<64xf32>
    %2081 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2082 = "stablehlo.broadcast_in_dim"(%2081) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2083 = stablehlo.multiply %arg100, %2082 : tensor<64xf32>
    %2084 = stablehlo.multiply %1437, %1437 : tensor<64xf32>
    %2085 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2086 = "stablehlo.broadcast_in_dim"(%2085) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2087 = stablehlo.multiply %2084, %2086 : tensor<64xf32>
    %2088 = stablehlo.add %2083, %2087 : tensor<64xf32>
    %2089 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2090 = stablehlo.divide %2080, %2089 : tensor<64xf32>
    %2091 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2092 = stablehlo.divide %2088, %2091 : tensor<64xf32>
    %2093 = stablehlo.sqrt %2092 : tensor<64xf32>
    %2094 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2095 = "stablehlo.broadcast_in_dim"(%2094) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2096 = stablehlo.add %2093, %2095 : tensor<64xf32>
    %2097 = stablehlo.divide %2090, %2096 : tensor<64xf32>
    %2098 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2099 = stablehlo.multiply %2097, %2098 : tensor<64xf32>
    %2100 = stablehlo.subtract %arg20, %2099 : tensor<64xf32>
    %2101 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2102 = "stablehlo.broadcast_in_dim"(%2101) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2103 = stablehlo.multiply %arg61, %2102 : tensor<64xf32>
    %2104 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2105 = "stablehlo.broadcast_in_dim"(%2104) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2106 = stablehlo.multiply %1439, %2105 : tensor<64xf32>
    %2107 = stablehlo.add %2103, %2106 : tensor<64xf32>
    %2108 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2109 = "stablehlo.broadcast_in_dim"(%2108) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2110 = stablehlo.multiply %arg101, %2109 : tensor<64xf32>
    %2111 = stablehlo.multiply %1439, %1439 : tensor<64xf32>
    %2112 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2113 = "stablehlo.broadcast_in_dim"(%2112) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2114 = stablehlo.multiply %2111, %2113 : tensor<64xf32>
    %2115 = stablehlo.add %2110, %2114 : tensor<64xf32>
    %2116 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2117 = stablehlo.divide %2107, %2116 : tensor<64xf32>
    %2118 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2119 = stablehlo.divide %2115, %2118 : tensor<64xf32>
    %2120 = stablehlo.sqrt %2119 : tensor<64xf32>
    %2121 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2122 = "stablehlo.broadcast_in_dim"(%2121) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2123 = stablehlo.add %2120, %2122 : tensor<64xf32>
    %2124 = stablehlo.divide %2117, %2123 : tensor<64xf32>
    %2125 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2126 = stablehlo.multiply %2124, %2125 : tensor<64xf32>
    %2127 = stablehlo.subtract %arg21, %2126 : tensor<64xf32>
    %2128 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2129 = "stablehlo.broadcast_in_dim"(%2128) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2130 = stablehlo.multiply %arg62, %2129 : tensor<64x64xf32>
    %2131 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2132 = "stablehlo.broadcast_in_dim"(%2131) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2133 = stablehlo.multiply %1441, %2132 : tensor<64x64xf32>
    %2134 = stablehlo.add %2130, %2133 : tensor<64x64xf32>
    %2135 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2136 = "stablehlo.broadcast_in_dim"(%2135) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2137 = stablehlo.multiply %arg102, %2136 : tensor<64x64xf32>
    %2138 = stablehlo.multiply %1441, %1441 : tensor<64x64xf32>
    %2139 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2140 = "stablehlo.broadcast_in_dim"(%2139) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2141 = stablehlo.multiply %2138, %2140 : tensor<64x64xf32>
    %2142 = stablehlo.add %2137, %2141 : tensor<64x64xf32>
    %2143 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2144 = stablehlo.divide %2134, %2143 : tensor<64x64xf32>
    %2145 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2146 = stablehlo.divide %2142, %2145 : tensor<64x64xf32>
    %2147 = stablehlo.sqrt %2146 : tensor<64x64xf32>
    %2148 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2149 = "stablehlo.broadcast_in_dim"(%2148) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2150 = stablehlo.add %2147, %2149 : tensor<64x64xf32>
    %2151 = stablehlo.divide %2144, %2150 : tensor<64x64xf32>
    %2152 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2153 = "stablehlo.broadcast_in_dim"(%2152) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2154 = stablehlo.multiply %arg22, %2153 : tensor<64x64xf32>
    %2155 = stablehlo.add %2151, %2154 : tensor<64x64xf32>
    %2156 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2157 = stablehlo.multiply %2155, %2156 : tensor<64x64xf32>
    %2158 = stablehlo.subtract %arg22, %2157 : tensor<64x64xf32>
    %2159 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2160 = "stablehlo.broadcast_in_dim"(%2159) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2161 = stablehlo.multiply %arg63, %2160 : tensor<64xf32>
    %2162 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2163 = "stablehlo.broadcast_in_dim"(%2162) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2164 = stablehlo.multiply %1443, %2163 : tensor<64xf32>
    %2165 = stablehlo.add %2161, %2164 : tensor<64xf32>
    %2166 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2167 = "stablehlo.broadcast_in_dim"(%2166) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2168 = stablehlo.multiply %arg103, %2167 : tensor<64xf32>
    %2169 = stablehlo.multiply %1443, %1443 : tensor<64xf32>
    %2170 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2171 = "stablehlo.broadcast_in_dim"(%2170) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2172 = stablehlo.multiply %2169, %2171 : tensor<64xf32>
    %2173 = stablehlo.add %2168, %2172 : tensor<64xf32>
    %2174 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2175 = stablehlo.divide %2165, %2174 : tensor<64xf32>
    %2176 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2177 = stablehlo.divide %2173, %2176 : tensor<64xf32>
    %2178 = stablehlo.sqrt %2177 : tensor<64xf32>
    %2179 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2180 = "stablehlo.broadcast_in_dim"(%2179) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2181 = stablehlo.add %2178, %2180 : tensor<64xf32>
    %2182 = stablehlo.divide %2175, %2181 : tensor<64xf32>
    %2183 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2184 = stablehlo.multiply %2182, %2183 : tensor<64xf32>
    %2185 = stablehlo.subtract %arg23, %2184 : tensor<64xf32>
    %2186 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2187 = "stablehlo.broadcast_in_dim"(%2186) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2188 = stablehlo.multiply %arg64, %2187 : tensor<64x64xf32>
    %2189 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2190 = "stablehlo.broadcast_in_dim"(%2189) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2191 = stablehlo.multiply %1445, %2190 : tensor<64x64xf32>
    %2192 = stablehlo.add %2188, %2191 : tensor<64x64xf32>
    %2193 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2194 = "stablehlo.broadcast_in_dim"(%2193) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2195 = stablehlo.multiply %arg104, %2194 : tensor<64x64xf32>
    %2196 = stablehlo.multiply %1445, %1445 : tensor<64x64xf32>
    %2197 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2198 = "stablehlo.broadcast_in_dim"(%2197) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2199 = stablehlo.multiply %2196, %2198 : tensor<64x64xf32>
    %2200 = stablehlo.add %2195, %2199 : tensor<64x64xf32>
    %2201 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2202 = stablehlo.divide %2192, %2201 : tensor<64x64xf32>
    %2203 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2204 = stablehlo.divide %2200, %2203 : tensor<64x64xf32>
    %2205 = stablehlo.sqrt %2204 : tensor<64x64xf32>
    %2206 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2207 = "stablehlo.broadcast_in_dim"(%2206) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2208 = stablehlo.add %2205, %2207 : tensor<64x64xf32>
    %2209 = stablehlo.divide %2202, %2208 : tensor<64x64xf32>
    %2210 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2211 = "stablehlo.broadcast_in_dim"(%2210) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2212 = stablehlo.multiply %arg24, %2211 : tensor<64x64xf32>
    %2213 = stablehlo.add %2209, %2212 : tensor<64x64xf32>
    %2214 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2215 = stablehlo.multiply %2213, %2214 : tensor<64x64xf32>
    %2216 = stablehlo.subtract %arg24, %2215 : tensor<64x64xf32>
    %2217 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2218 = "stablehlo.broadcast_in_dim"(%2217) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2219 = stablehlo.multiply %arg65, %2218 : tensor<64xf32>
    %2220 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2221 = "stablehlo.broadcast_in_dim"(%2220) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2222 = stablehlo.multiply %1447, %2221 : tensor<64xf32>
    %2223 = stablehlo.add %2219, %2222 : tensor<64xf32>
    %2224 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2225 = "stablehlo.broadcast_in_dim"(%2224) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2226 = stablehlo.multiply %arg105, %2225 : tensor<64xf32>
    %2227 = stablehlo.multiply %1447, %1447 : tensor<64xf32>
    %2228 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2229 = "stablehlo.broadcast_in_dim"(%2228) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2230 = stablehlo.multiply %2227, %2229 : tensor<64xf32>
    %2231 = stablehlo.add %2226, %2230 : tensor<64xf32>
    %2232 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2233 = stablehlo.divide %2223, %2232 : tensor<64xf32>
    %2234 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2235 = stablehlo.divide %2231, %2234 : tensor<64xf32>
    %2236 = stablehlo.sqrt %2235 : tensor<64xf32>
    %2237 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2238 = "stablehlo.broadcast_in_dim"(%2237) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2239 = stablehlo.add %2236, %2238 : tensor<64xf32>
    %2240 = stablehlo.divide %2233, %2239 : tensor<64xf32>
    %2241 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2242 = stablehlo.multiply %2240, %2241 : tensor<64xf32>
    %2243 = stablehlo.subtract %arg25, %2242 : tensor<64xf32>
    %2244 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2245 = "stablehlo.broadcast_in_dim"(%2244) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2246 = stablehlo.multiply %arg66, %2245 : tensor<64x64xf32>
    %2247 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2248 = "stablehlo.broadcast_in_dim"(%2247) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2249 = stablehlo.multiply %1449, %2248 : tensor<64x64xf32>
    %2250 = stablehlo.add %2246, %2249 : tensor<64x64xf32>
    %2251 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2252 = "stablehlo.broadcast_in_dim"(%2251) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2253 = stablehlo.multiply %arg106, %2252 : tensor<64x64xf32>
    %2254 = stablehlo.multiply %1449, %1449 : tensor<64x64xf32>
    %2255 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2256 = "stablehlo.broadcast_in_dim"(%2255) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2257 = stablehlo.multiply %2254, %2256 : tensor<64x64xf32>
    %2258 = stablehlo.add %2253, %2257 : tensor<64x64xf32>
    %2259 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2260 = stablehlo.divide %2250, %2259 : tensor<64x64xf32>
    %2261 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2262 = stablehlo.divide %2258, %2261 : tensor<64x64xf32>
    %2263 = stablehlo.sqrt %2262 : tensor<64x64xf32>
    %2264 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2265 = "stablehlo.broadcast_in_dim"(%2264) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2266 = stablehlo.add %2263, %2265 : tensor<64x64xf32>
    %2267 = stablehlo.divide %2260, %2266 : tensor<64x64xf32>
    %2268 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2269 = "stablehlo.broadcast_in_dim"(%2268) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2270 = stablehlo.multiply %arg26, %2269 : tensor<64x64xf32>
    %2271 = stablehlo.add %2267, %2270 : tensor<64x64xf32>
    %2272 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2273 = stablehlo.multiply %2271, %2272 : tensor<64x64xf32>
    %2274 = stablehlo.subtract %arg26, %2273 : tensor<64x64xf32>
    %2275 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2276 = "stablehlo.broadcast_in_dim"(%2275) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2277 = stablehlo.multiply %arg67, %2276 : tensor<64xf32>
    %2278 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2279 = "stablehlo.broadcast_in_dim"(%2278) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2280 = stablehlo.multiply %1451, %2279 : tensor<64xf32>
    %2281 = stablehlo.add %2277, %2280 : tensor<64xf32>
    %2282 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2283 = "stablehlo.broadcast_in_dim"(%2282) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2284 = stablehlo.multiply %arg107, %2283 : tensor<64xf32>
    %2285 = stablehlo.multiply %1451, %1451 : tensor<64xf32>
    %2286 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2287 = "stablehlo.broadcast_in_dim"(%2286) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2288 = stablehlo.multiply %2285, %2287 : tensor<64xf32>
    %2289 = stablehlo.add %2284, %2288 : tensor<64xf32>
    %2290 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2291 = stablehlo.divide %2281, %2290 : tensor<64xf32>
    %2292 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2293 = stablehlo.divide %2289, %2292 : tensor<64xf32>
    %2294 = stablehlo.sqrt %2293 : tensor<64xf32>
    %2295 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2296 = "stablehlo.broadcast_in_dim"(%2295) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2297 = stablehlo.add %2294, %2296 : tensor<64xf32>
    %2298 = stablehlo.divide %2291, %2297 : tensor<64xf32>
    %2299 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2300 = stablehlo.multiply %2298, %2299 : tensor<64xf32>
    %2301 = stablehlo.subtract %arg27, %2300 : tensor<64xf32>
    %2302 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2303 = "stablehlo.broadcast_in_dim"(%2302) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2304 = stablehlo.multiply %arg68, %2303 : tensor<64x64xf32>
    %2305 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2306 = "stablehlo.broadcast_in_dim"(%2305) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2307 = stablehlo.multiply %1453, %2306 : tensor<64x64xf32>
    %2308 = stablehlo.add %2304, %2307 : tensor<64x64xf32>
    %2309 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2310 = "stablehlo.broadcast_in_dim"(%2309) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2311 = stablehlo.multiply %arg108, %2310 : tensor<64x64xf32>
    %2312 = stablehlo.multiply %1453, %1453 : tensor<64x64xf32>
    %2313 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2314 = "stablehlo.broadcast_in_dim"(%2313) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2315 = stablehlo.multiply %2312, %2314 : tensor<64x64xf32>
    %2316 = stablehlo.add %2311, %2315 : tensor<64x64xf32>
    %2317 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2318 = stablehlo.divide %2308, %2317 : tensor<64x64xf32>
    %2319 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2320 = stablehlo.divide %2316, %2319 : tensor<64x64xf32>
    %2321 = stablehlo.sqrt %2320 : tensor<64x64xf32>
    %2322 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2323 = "stablehlo.broadcast_in_dim"(%2322) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2324 = stablehlo.add %2321, %2323 : tensor<64x64xf32>
    %2325 = stablehlo.divide %2318, %2324 : tensor<64x64xf32>
    %2326 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2327 = "stablehlo.broadcast_in_dim"(%2326) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2328 = stablehlo.multiply %arg28, %2327 : tensor<64x64xf32>
    %2329 = stablehlo.add %2325, %2328 : tensor<64x64xf32>
    %2330 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x64xf32>
    %2331 = stablehlo.multiply %2329, %2330 : tensor<64x64xf32>
    %2332 = stablehlo.subtract %arg28, %2331 : tensor<64x64xf32>
    %2333 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2334 = "stablehlo.broadcast_in_dim"(%2333) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2335 = stablehlo.multiply %arg69, %2334 : tensor<64xf32>
    %2336 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2337 = "stablehlo.broadcast_in_dim"(%2336) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2338 = stablehlo.multiply %1455, %2337 : tensor<64xf32>
    %2339 = stablehlo.add %2335, %2338 : tensor<64xf32>
    %2340 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2341 = "stablehlo.broadcast_in_dim"(%2340) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2342 = stablehlo.multiply %arg109, %2341 : tensor<64xf32>
    %2343 = stablehlo.multiply %1455, %1455 : tensor<64xf32>
    %2344 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2345 = "stablehlo.broadcast_in_dim"(%2344) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2346 = stablehlo.multiply %2343, %2345 : tensor<64xf32>
    %2347 = stablehlo.add %2342, %2346 : tensor<64xf32>
    %2348 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2349 = stablehlo.divide %2339, %2348 : tensor<64xf32>
    %2350 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2351 = stablehlo.divide %2347, %2350 : tensor<64xf32>
    %2352 = stablehlo.sqrt %2351 : tensor<64xf32>
    %2353 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2354 = "stablehlo.broadcast_in_dim"(%2353) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2355 = stablehlo.add %2352, %2354 : tensor<64xf32>
    %2356 = stablehlo.divide %2349, %2355 : tensor<64xf32>
    %2357 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2358 = stablehlo.multiply %2356, %2357 : tensor<64xf32>
    %2359 = stablehlo.subtract %arg29, %2358 : tensor<64xf32>
    %2360 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2361 = "stablehlo.broadcast_in_dim"(%2360) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2362 = stablehlo.multiply %arg70, %2361 : tensor<64xf32>
    %2363 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2364 = "stablehlo.broadcast_in_dim"(%2363) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2365 = stablehlo.multiply %1457, %2364 : tensor<64xf32>
    %2366 = stablehlo.add %2362, %2365 : tensor<64xf32>
    %2367 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2368 = "stablehlo.broadcast_in_dim"(%2367) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2369 = stablehlo.multiply %arg110, %2368 : tensor<64xf32>
    %2370 = stablehlo.multiply %1457, %1457 : tensor<64xf32>
    %2371 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2372 = "stablehlo.broadcast_in_dim"(%2371) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2373 = stablehlo.multiply %2370, %2372 : tensor<64xf32>
    %2374 = stablehlo.add %2369, %2373 : tensor<64xf32>
    %2375 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2376 = stablehlo.divide %2366, %2375 : tensor<64xf32>
    %2377 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2378 = stablehlo.divide %2374, %2377 : tensor<64xf32>
    %2379 = stablehlo.sqrt %2378 : tensor<64xf32>
    %2380 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2381 = "stablehlo.broadcast_in_dim"(%2380) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2382 = stablehlo.add %2379, %2381 : tensor<64xf32>
    %2383 = stablehlo.divide %2376, %2382 : tensor<64xf32>
    %2384 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2385 = stablehlo.multiply %2383, %2384 : tensor<64xf32>
    %2386 = stablehlo.subtract %arg30, %2385 : tensor<64xf32>
    %2387 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2388 = "stablehlo.broadcast_in_dim"(%2387) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2389 = stablehlo.multiply %arg71, %2388 : tensor<64xf32>
    %2390 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2391 = "stablehlo.broadcast_in_dim"(%2390) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2392 = stablehlo.multiply %1459, %2391 : tensor<64xf32>
    %2393 = stablehlo.add %2389, %2392 : tensor<64xf32>
    %2394 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2395 = "stablehlo.broadcast_in_dim"(%2394) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2396 = stablehlo.multiply %arg111, %2395 : tensor<64xf32>
    %2397 = stablehlo.multiply %1459, %1459 : tensor<64xf32>
    %2398 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2399 = "stablehlo.broadcast_in_dim"(%2398) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2400 = stablehlo.multiply %2397, %2399 : tensor<64xf32>
    %2401 = stablehlo.add %2396, %2400 : tensor<64xf32>
    %2402 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2403 = stablehlo.divide %2393, %2402 : tensor<64xf32>
    %2404 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2405 = stablehlo.divide %2401, %2404 : tensor<64xf32>
    %2406 = stablehlo.sqrt %2405 : tensor<64xf32>
    %2407 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2408 = "stablehlo.broadcast_in_dim"(%2407) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2409 = stablehlo.add %2406, %2408 : tensor<64xf32>
    %2410 = stablehlo.divide %2403, %2409 : tensor<64xf32>
    %2411 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2412 = stablehlo.multiply %2410, %2411 : tensor<64xf32>
    %2413 = stablehlo.subtract %arg31, %2412 : tensor<64xf32>
    %2414 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2415 = "stablehlo.broadcast_in_dim"(%2414) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2416 = stablehlo.multiply %arg72, %2415 : tensor<128x64xf32>
    %2417 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2418 = "stablehlo.broadcast_in_dim"(%2417) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2419 = stablehlo.multiply %1461, %2418 : tensor<128x64xf32>
    %2420 = stablehlo.add %2416, %2419 : tensor<128x64xf32>
    %2421 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2422 = "stablehlo.broadcast_in_dim"(%2421) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2423 = stablehlo.multiply %arg112, %2422 : tensor<128x64xf32>
    %2424 = stablehlo.multiply %1461, %1461 : tensor<128x64xf32>
    %2425 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2426 = "stablehlo.broadcast_in_dim"(%2425) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2427 = stablehlo.multiply %2424, %2426 : tensor<128x64xf32>
    %2428 = stablehlo.add %2423, %2427 : tensor<128x64xf32>
    %2429 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2430 = stablehlo.divide %2420, %2429 : tensor<128x64xf32>
    %2431 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2432 = stablehlo.divide %2428, %2431 : tensor<128x64xf32>
    %2433 = stablehlo.sqrt %2432 : tensor<128x64xf32>
    %2434 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2435 = "stablehlo.broadcast_in_dim"(%2434) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2436 = stablehlo.add %2433, %2435 : tensor<128x64xf32>
    %2437 = stablehlo.divide %2430, %2436 : tensor<128x64xf32>
    %2438 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2439 = "stablehlo.broadcast_in_dim"(%2438) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2440 = stablehlo.multiply %arg32, %2439 : tensor<128x64xf32>
    %2441 = stablehlo.add %2437, %2440 : tensor<128x64xf32>
    %2442 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2443 = stablehlo.multiply %2441, %2442 : tensor<128x64xf32>
    %2444 = stablehlo.subtract %arg32, %2443 : tensor<128x64xf32>
    %2445 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2446 = "stablehlo.broadcast_in_dim"(%2445) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2447 = stablehlo.multiply %arg73, %2446 : tensor<128xf32>
    %2448 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2449 = "stablehlo.broadcast_in_dim"(%2448) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2450 = stablehlo.multiply %1463, %2449 : tensor<128xf32>
    %2451 = stablehlo.add %2447, %2450 : tensor<128xf32>
    %2452 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2453 = "stablehlo.broadcast_in_dim"(%2452) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2454 = stablehlo.multiply %arg113, %2453 : tensor<128xf32>
    %2455 = stablehlo.multiply %1463, %1463 : tensor<128xf32>
    %2456 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2457 = "stablehlo.broadcast_in_dim"(%2456) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2458 = stablehlo.multiply %2455, %2457 : tensor<128xf32>
    %2459 = stablehlo.add %2454, %2458 : tensor<128xf32>
    %2460 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2461 = stablehlo.divide %2451, %2460 : tensor<128xf32>
    %2462 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2463 = stablehlo.divide %2459, %2462 : tensor<128xf32>
    %2464 = stablehlo.sqrt %2463 : tensor<128xf32>
    %2465 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2466 = "stablehlo.broadcast_in_dim"(%2465) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2467 = stablehlo.add %2464, %2466 : tensor<128xf32>
    %2468 = stablehlo.divide %2461, %2467 : tensor<128xf32>
    %2469 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128xf32>
    %2470 = stablehlo.multiply %2468, %2469 : tensor<128xf32>
    %2471 = stablehlo.subtract %arg33, %2470 : tensor<128xf32>
    %2472 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2473 = "stablehlo.broadcast_in_dim"(%2472) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2474 = stablehlo.multiply %arg74, %2473 : tensor<64x128xf32>
    %2475 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2476 = "stablehlo.broadcast_in_dim"(%2475) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2477 = stablehlo.multiply %1465, %2476 : tensor<64x128xf32>
    %2478 = stablehlo.add %2474, %2477 : tensor<64x128xf32>
    %2479 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2480 = "stablehlo.broadcast_in_dim"(%2479) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2481 = stablehlo.multiply %arg114, %2480 : tensor<64x128xf32>
    %2482 = stablehlo.multiply %1465, %1465 : tensor<64x128xf32>
    %2483 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2484 = "stablehlo.broadcast_in_dim"(%2483) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2485 = stablehlo.multiply %2482, %2484 : tensor<64x128xf32>
    %2486 = stablehlo.add %2481, %2485 : tensor<64x128xf32>
    %2487 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2488 = stablehlo.divide %2478, %2487 : tensor<64x128xf32>
    %2489 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2490 = stablehlo.divide %2486, %2489 : tensor<64x128xf32>
    %2491 = stablehlo.sqrt %2490 : tensor<64x128xf32>
    %2492 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2493 = "stablehlo.broadcast_in_dim"(%2492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2494 = stablehlo.add %2491, %2493 : tensor<64x128xf32>
    %2495 = stablehlo.divide %2488, %2494 : tensor<64x128xf32>
    %2496 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2497 = "stablehlo.broadcast_in_dim"(%2496) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2498 = stablehlo.multiply %arg34, %2497 : tensor<64x128xf32>
    %2499 = stablehlo.add %2495, %2498 : tensor<64x128xf32>
    %2500 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x128xf32>
    %2501 = stablehlo.multiply %2499, %2500 : tensor<64x128xf32>
    %2502 = stablehlo.subtract %arg34, %2501 : tensor<64x128xf32>
    %2503 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2504 = "stablehlo.broadcast_in_dim"(%2503) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2505 = stablehlo.multiply %arg75, %2504 : tensor<64xf32>
    %2506 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2507 = "stablehlo.broadcast_in_dim"(%2506) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2508 = stablehlo.multiply %1467, %2507 : tensor<64xf32>
    %2509 = stablehlo.add %2505, %2508 : tensor<64xf32>
    %2510 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2511 = "stablehlo.broadcast_in_dim"(%2510) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2512 = stablehlo.multiply %arg115, %2511 : tensor<64xf32>
    %2513 = stablehlo.multiply %1467, %1467 : tensor<64xf32>
    %2514 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2515 = "stablehlo.broadcast_in_dim"(%2514) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2516 = stablehlo.multiply %2513, %2515 : tensor<64xf32>
    %2517 = stablehlo.add %2512, %2516 : tensor<64xf32>
    %2518 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2519 = stablehlo.divide %2509, %2518 : tensor<64xf32>
    %2520 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2521 = stablehlo.divide %2517, %2520 : tensor<64xf32>
    %2522 = stablehlo.sqrt %2521 : tensor<64xf32>
    %2523 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2524 = "stablehlo.broadcast_in_dim"(%2523) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2525 = stablehlo.add %2522, %2524 : tensor<64xf32>
    %2526 = stablehlo.divide %2519, %2525 : tensor<64xf32>
    %2527 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2528 = stablehlo.multiply %2526, %2527 : tensor<64xf32>
    %2529 = stablehlo.subtract %arg35, %2528 : tensor<64xf32>
    %2530 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2531 = "stablehlo.broadcast_in_dim"(%2530) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2532 = stablehlo.multiply %arg76, %2531 : tensor<64xf32>
    %2533 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2534 = "stablehlo.broadcast_in_dim"(%2533) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2535 = stablehlo.multiply %1469, %2534 : tensor<64xf32>
    %2536 = stablehlo.add %2532, %2535 : tensor<64xf32>
    %2537 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2538 = "stablehlo.broadcast_in_dim"(%2537) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2539 = stablehlo.multiply %arg116, %2538 : tensor<64xf32>
    %2540 = stablehlo.multiply %1469, %1469 : tensor<64xf32>
    %2541 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2542 = "stablehlo.broadcast_in_dim"(%2541) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2543 = stablehlo.multiply %2540, %2542 : tensor<64xf32>
    %2544 = stablehlo.add %2539, %2543 : tensor<64xf32>
    %2545 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2546 = stablehlo.divide %2536, %2545 : tensor<64xf32>
    %2547 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2548 = stablehlo.divide %2544, %2547 : tensor<64xf32>
    %2549 = stablehlo.sqrt %2548 : tensor<64xf32>
    %2550 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2551 = "stablehlo.broadcast_in_dim"(%2550) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2552 = stablehlo.add %2549, %2551 : tensor<64xf32>
    %2553 = stablehlo.divide %2546, %2552 : tensor<64xf32>
    %2554 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2555 = stablehlo.multiply %2553, %2554 : tensor<64xf32>
    %2556 = stablehlo.subtract %arg36, %2555 : tensor<64xf32>
    %2557 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2558 = "stablehlo.broadcast_in_dim"(%2557) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2559 = stablehlo.multiply %arg77, %2558 : tensor<64xf32>
    %2560 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2561 = "stablehlo.broadcast_in_dim"(%2560) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2562 = stablehlo.multiply %1471, %2561 : tensor<64xf32>
    %2563 = stablehlo.add %2559, %2562 : tensor<64xf32>
    %2564 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2565 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2566 = stablehlo.multiply %arg117, %2565 : tensor<64xf32>
    %2567 = stablehlo.multiply %1471, %1471 : tensor<64xf32>
    %2568 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2569 = "stablehlo.broadcast_in_dim"(%2568) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2570 = stablehlo.multiply %2567, %2569 : tensor<64xf32>
    %2571 = stablehlo.add %2566, %2570 : tensor<64xf32>
    %2572 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2573 = stablehlo.divide %2563, %2572 : tensor<64xf32>
    %2574 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2575 = stablehlo.divide %2571, %2574 : tensor<64xf32>
    %2576 = stablehlo.sqrt %2575 : tensor<64xf32>
    %2577 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2578 = "stablehlo.broadcast_in_dim"(%2577) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2579 = stablehlo.add %2576, %2578 : tensor<64xf32>
    %2580 = stablehlo.divide %2573, %2579 : tensor<64xf32>
    %2581 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2582 = stablehlo.multiply %2580, %2581 : tensor<64xf32>
    %2583 = stablehlo.subtract %arg37, %2582 : tensor<64xf32>
    %2584 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2585 = "stablehlo.broadcast_in_dim"(%2584) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2586 = stablehlo.multiply %arg78, %2585 : tensor<5x64xf32>
    %2587 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2588 = "stablehlo.broadcast_in_dim"(%2587) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2589 = stablehlo.multiply %1473, %2588 : tensor<5x64xf32>
    %2590 = stablehlo.add %2586, %2589 : tensor<5x64xf32>
    %2591 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2592 = "stablehlo.broadcast_in_dim"(%2591) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2593 = stablehlo.multiply %arg118, %2592 : tensor<5x64xf32>
    %2594 = stablehlo.multiply %1473, %1473 : tensor<5x64xf32>
    %2595 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2596 = "stablehlo.broadcast_in_dim"(%2595) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2597 = stablehlo.multiply %2594, %2596 : tensor<5x64xf32>
    %2598 = stablehlo.add %2593, %2597 : tensor<5x64xf32>
    %2599 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2600 = stablehlo.divide %2590, %2599 : tensor<5x64xf32>
    %2601 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2602 = stablehlo.divide %2598, %2601 : tensor<5x64xf32>
    %2603 = stablehlo.sqrt %2602 : tensor<5x64xf32>
    %2604 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2605 = "stablehlo.broadcast_in_dim"(%2604) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2606 = stablehlo.add %2603, %2605 : tensor<5x64xf32>
    %2607 = stablehlo.divide %2600, %2606 : tensor<5x64xf32>
    %2608 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %2609 = "stablehlo.broadcast_in_dim"(%2608) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2610 = stablehlo.multiply %arg38, %2609 : tensor<5x64xf32>
    %2611 = stablehlo.add %2607, %2610 : tensor<5x64xf32>
    %2612 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5x64xf32>
    %2613 = stablehlo.multiply %2611, %2612 : tensor<5x64xf32>
    %2614 = stablehlo.subtract %arg38, %2613 : tensor<5x64xf32>
    %2615 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %2616 = "stablehlo.broadcast_in_dim"(%2615) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2617 = stablehlo.multiply %arg79, %2616 : tensor<5xf32>
    %2618 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %2619 = "stablehlo.broadcast_in_dim"(%2618) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2620 = stablehlo.multiply %1475, %2619 : tensor<5xf32>
    %2621 = stablehlo.add %2617, %2620 : tensor<5xf32>
    %2622 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %2623 = "stablehlo.broadcast_in_dim"(%2622) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2624 = stablehlo.multiply %arg119, %2623 : tensor<5xf32>
    %2625 = stablehlo.multiply %1475, %1475 : tensor<5xf32>
    %2626 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %2627 = "stablehlo.broadcast_in_dim"(%2626) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2628 = stablehlo.multiply %2625, %2627 : tensor<5xf32>
    %2629 = stablehlo.add %2624, %2628 : tensor<5xf32>
    %2630 = "stablehlo.broadcast_in_dim"(%1500) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2631 = stablehlo.divide %2621, %2630 : tensor<5xf32>
    %2632 = "stablehlo.broadcast_in_dim"(%1505) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2633 = stablehlo.divide %2629, %2632 : tensor<5xf32>
    %2634 = stablehlo.sqrt %2633 : tensor<5xf32>
    %2635 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %2636 = "stablehlo.broadcast_in_dim"(%2635) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2637 = stablehlo.add %2634, %2636 : tensor<5xf32>
    %2638 = stablehlo.divide %2631, %2637 : tensor<5xf32>
    %2639 = "stablehlo.broadcast_in_dim"(%1492) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<5xf32>
    %2640 = stablehlo.multiply %2638, %2639 : tensor<5xf32>
    %2641 = stablehlo.subtract %arg39, %2640 : tensor<5xf32>
    %2642 = stablehlo.constant dense<1> : tensor<i32>
    %2643 = stablehlo.add %arg120, %2642 : tensor<i32>
    return %1532, %1559, %1590, %1617, %1644, %1671, %1702, %1729, %1760, %1787, %1818, %1845, %1876, %1903, %1930, %1957, %1988, %2015, %2046, %2073, %2100, %2127, %2158, %2185, %2216, %2243, %2274, %2301, %2332, %2359, %2386, %2413, %2444, %2471, %2502, %2529, %2556, %2583, %2614, %2641, %1512, %1539, %1566, %1597, %1624, %1651, %1678, %1709, %1736, %1767, %1794, %1825, %1852, %1883, %1910, %1937, %1964, %1995, %2022, %2053, %2080, %2107, %2134, %2165, %2192, %2223, %2250, %2281, %2308, %2339, %2366, %2393, %2420, %2451, %2478, %2509, %2536, %2563, %2590, %2621, %1520, %1547, %1574, %1605, %1632, %1659, %1686, %1717, %1744, %1775, %1802, %1833, %1860, %1891, %1918, %1945, %1972, %2003, %2030, %2061, %2088, %2115, %2142, %2173, %2200, %2231, %2258, %2289, %2316, %2347, %2374, %2401, %2428, %2459, %2486, %2517, %2544, %2571, %2598, %2629, %2643, %485, %512, %1492, %1388 : tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<1x1x64xf32>, tensor<1x17x64xf32>, tensor<64x3x8x8xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64xf32>, tensor<128xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<5x64xf32>, tensor<5xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
}
